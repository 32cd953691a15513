/**
 * The dashboard, split by what a person sees: the header, the six tiles, the runs side by side and
 * the hardware line. {@link wsarena.ui.dashboard.DashboardModel} holds what is on screen without
 * nodes; the live run and the finished (or opened) run write it, the header, hardware line and
 * curves read it.
 */
package wsarena.ui.dashboard;
