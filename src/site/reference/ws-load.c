// The lean reference client of src/site/generator-bench.sh (its `c-closed` and `c-open-RATE`
// cases): what a WebSocket echo load costs on this machine when the client does nothing but the
// protocol's least, so the generator's own cost can be told from the machine's.
//
// One thread, epoll, CONNECTIONS connections to ws://HOST:PORT/echo, 64 B masked text frames.
// RATE 0 is closed loop (one message in flight per connection, the next sent when its echo is
// read); RATE > 0 is open loop as wsarena paces it: message k of the run is due at start + k / RATE
// on connection k mod CONNECTIONS, a timerfd wakes the thread at most once per QUANTUM_US and it
// sends everything due, one write per message; latency counts from the intended time.
//
// RATE "storm" is a connection storm instead: CONNECTIONS handshakes in flight, each a TCP connect,
// the upgrade request, the 101, a masked close frame and the server's close, then the next; from
// 127.0.0.1-127.0.0.16 in turn on IPv4 loopback (as wsarena's storm does), so TIME_WAIT does not
// run out of ports. It prints handshakes per second and the CPU per handshake.
//
// It prints one JSON line: messages answered per second in the measured window, this process's
// CPU per answered message (getrusage: user + system), its voluntary and involuntary context
// switches per message, its wake-ups (epoll_wait returns) per message, the target's CPU per message
// when WS_LOAD_TARGET_PID names it (/proc/PID/stat; -1 otherwise), latency p50 and p99, and the
// messages it could not write (a full socket buffer; none expected on loopback at these rates).
//
// Build: cc -O2 -o ws-load ws-load.c      (generator-bench.sh builds it when `cc` is there)
// Usage: ws-load HOST PORT CONNECTIONS RATE|storm WARMUP_S DURATION_S [QUANTUM_US=250]
//
// Not a load generator: no TLS, no fragmentation, no close handshake, a fixed handshake key whose
// accept value is not checked; it sends only to the address it is given.
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>

#define PAYLOAD 64
#define FRAME_OUT (2 + 4 + PAYLOAD) /* FIN|text, MASK|len, mask key, payload */
#define RING 4096                   /* intended times of messages in flight, per connection */
#define MAX_LATENCY_US 10000000     /* 10 s: longer ones count in the last bucket */

typedef struct {
  int fd;
  unsigned char in[65536];
  size_t have;
  uint64_t ring[RING];
  unsigned head, tail; /* tail: oldest in flight */
} conn_t;

static conn_t *conns;
static int nconns;
static unsigned char frame[FRAME_OUT];
static uint32_t *hist;          /* latency in µs */
static uint64_t hist_count, answered, not_sent, wakeups;
static int measuring;

static uint64_t now_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (uint64_t)t.tv_sec * 1000000000u + (uint64_t)t.tv_nsec;
}

static void die(const char *what) {
  fprintf(stderr, "ws-load: %s: %s\n", what, strerror(errno));
  exit(1);
}

/* The upgrade request, with a fixed key: the server's accept value is not checked (see above). */
static int upgrade_request(char *buf, size_t size, const char *host, const char *port) {
  return snprintf(buf, size,
                  "GET /echo HTTP/1.1\r\nHost: %s:%s\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                  "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n",
                  host, port);
}

static int open_conn(const char *host, const char *port) {
  struct addrinfo hints = {.ai_family = AF_UNSPEC, .ai_socktype = SOCK_STREAM}, *ai;
  if (getaddrinfo(host, port, &hints, &ai) != 0) die("getaddrinfo");
  int fd = socket(ai->ai_family, SOCK_STREAM, 0);
  if (fd < 0) die("socket");
  if (connect(fd, ai->ai_addr, ai->ai_addrlen) != 0) die("connect");
  freeaddrinfo(ai);
  char req[512];
  int n = upgrade_request(req, sizeof req, host, port);
  if (write(fd, req, n) != n) die("handshake write");
  char resp[2048];
  size_t got = 0;
  while (got < sizeof resp - 1) { /* the server sends nothing after its 101 until we do */
    ssize_t r = read(fd, resp + got, sizeof resp - 1 - got);
    if (r <= 0) die("handshake read");
    got += r;
    resp[got] = 0;
    if (strstr(resp, "\r\n\r\n")) break;
  }
  if (strncmp(resp, "HTTP/1.1 101", 12) != 0) {
    fprintf(stderr, "ws-load: the server refused the upgrade: %.60s\n", resp);
    exit(1);
  }
  int one = 1;
  setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  return fd;
}

static void record(uint64_t latency_ns) {
  uint64_t us = latency_ns / 1000;
  hist[us < MAX_LATENCY_US ? us : MAX_LATENCY_US - 1]++;
  hist_count++;
}

static double percentile(double p) {
  uint64_t want = (uint64_t)(p * hist_count), seen = 0;
  for (uint64_t us = 0; us < MAX_LATENCY_US; us++) {
    seen += hist[us];
    if (seen > want) return us / 1000.0;
  }
  return MAX_LATENCY_US / 1000.0;
}

static int send_one(conn_t *c, uint64_t intended) {
  if (c->head - c->tail == RING) return 0;
  ssize_t w = write(c->fd, frame, FRAME_OUT);
  if (w != FRAME_OUT) { /* a short write would tear the stream: the run is not measurable */
    if (w < 0 && errno == EAGAIN) return 0;
    die("write");
  }
  c->ring[c->head++ % RING] = intended;
  return 1;
}

/* Reads what the connection has and times each echo; closed loop sends the next at once. */
static void read_echoes(conn_t *c, int closed) {
  for (;;) {
    ssize_t r = read(c->fd, c->in + c->have, sizeof c->in - c->have);
    if (r < 0 && errno == EAGAIN) return;
    if (r <= 0) die("read (the server closed or failed)");
    c->have += r;
    uint64_t t = now_ns();
    size_t off = 0;
    while (c->have - off >= 2 + PAYLOAD) {
      if (c->in[off] != 0x81 || c->in[off + 1] != PAYLOAD) {
        fprintf(stderr, "ws-load: unexpected frame header %02x %02x\n", c->in[off], c->in[off + 1]);
        exit(1);
      }
      off += 2 + PAYLOAD;
      uint64_t intended = c->ring[c->tail++ % RING];
      if (measuring) {
        record(t - intended);
        answered++;
      }
      if (closed) send_one(c, now_ns());
    }
    memmove(c->in, c->in + off, c->have - off);
    c->have -= off;
    if ((size_t)r < sizeof c->in - c->have) return;
  }
}

/* The CPU time a process (the target) has used, in µs, from /proc/PID/stat; -1 when unknown. */
static double process_cpu_us(const char *pid) {
  if (!pid) return -1;
  char path[64], buf[1024];
  snprintf(path, sizeof path, "/proc/%s/stat", pid);
  FILE *f = fopen(path, "r");
  if (!f) return -1;
  size_t n = fread(buf, 1, sizeof buf - 1, f);
  fclose(f);
  buf[n] = 0;
  char *p = strrchr(buf, ')'); /* the command's name may hold spaces: fields count from its end */
  unsigned long long utime, stime;
  if (!p || sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %llu %llu", &utime, &stime) != 2) return -1;
  return (utime + stime) * 1e6 / sysconf(_SC_CLK_TCK);
}

static void arm(int tfd, uint64_t at_ns) {
  struct itimerspec it = {.it_value = {.tv_sec = at_ns / 1000000000u, .tv_nsec = at_ns % 1000000000u}};
  if (timerfd_settime(tfd, TFD_TIMER_ABSTIME, &it, NULL) != 0) die("timerfd_settime");
}

/* The measured window: this process's CPU and switches, and the target's CPU, at its two ends. */
typedef struct {
  struct rusage self;
  double target_us;
  uint64_t at_ns, wakeups;
} mark_t;

static void mark(mark_t *m, const char *target_pid) {
  getrusage(RUSAGE_SELF, &m->self);
  m->target_us = process_cpu_us(target_pid);
  m->at_ns = now_ns();
  m->wakeups = wakeups;
}

static double cpu_us(const struct rusage *r) {
  return r->ru_utime.tv_sec * 1e6 + r->ru_utime.tv_usec + r->ru_stime.tv_sec * 1e6 + r->ru_stime.tv_usec;
}

/* The window's figures common to both loads, per event (message or handshake), as JSON members. */
static void print_window(const mark_t *a, const mark_t *b, uint64_t events, const char *per) {
  double n = events ? (double)events : 1, secs = (b->at_ns - a->at_ns) / 1e9;
  printf("\"%sPerSecond\":%.0f,\"cpuMicrosPer%s\":%.2f,\"targetCpuMicrosPer%s\":%.2f,"
         "\"voluntarySwitchesPer%s\":%.3f,\"involuntarySwitchesPer%s\":%.3f,\"wakeUpsPer%s\":%.3f",
         strcmp(per, "Message") == 0 ? "msgs" : "handshakes", events / secs, per, (cpu_us(&b->self) - cpu_us(&a->self)) / n,
         per, a->target_us >= 0 && b->target_us >= 0 ? (b->target_us - a->target_us) / n : -1.0,
         per, (b->self.ru_nvcsw - a->self.ru_nvcsw) / n, per, (b->self.ru_nivcsw - a->self.ru_nivcsw) / n,
         per, (b->wakeups - a->wakeups) / n);
}

/* Runs the event loop through the warm-up and the measured window, marking the window's two ends. */
typedef void (*event_fn)(void *load, uint32_t id);
static void run_window(int ep, uint64_t measure_from, uint64_t until, event_fn on_event, void *load, mark_t *a, mark_t *b) {
  const char *target_pid = getenv("WS_LOAD_TARGET_PID");
  struct epoll_event evs[256];
  for (;;) {
    uint64_t t = now_ns();
    if (!measuring && t >= measure_from) {
      measuring = 1;
      mark(a, target_pid);
    }
    if (t >= until) break;
    int n = epoll_wait(ep, evs, 256, (int)(((measuring ? until : measure_from) - t) / 1000000) + 1);
    if (n < 0 && errno != EINTR) die("epoll_wait");
    wakeups++;
    for (int e = 0; e < n; e++) on_event(load, evs[e].data.u32);
  }
  mark(b, target_pid);
}

enum { CONNECTING, HEAD, CLOSING };
typedef struct {
  int fd, state;
  size_t got;
  char head[1024];
} attempt_t;

#define SOURCE_ADDRESSES 16

static const unsigned char close_frame[] = {0x88, 0x82, 0x37, 0xfa, 0x21, 0x3d, 0x03 ^ 0x37, 0xe8 ^ 0xfa}; /* 1000, masked */

static void start_attempt(int ep, attempt_t *a, uint32_t id, const struct addrinfo *target, int spread) {
  static unsigned next_source;
  a->fd = socket(target->ai_family, SOCK_STREAM | SOCK_NONBLOCK, 0);
  if (a->fd < 0) die("socket (the open-files limit?)");
  if (spread) { /* the kernel picks the port at connect, per source address: each has ports of its own */
    int one = 1;
    setsockopt(a->fd, IPPROTO_IP, IP_BIND_ADDRESS_NO_PORT, &one, sizeof one);
    struct sockaddr_in src = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(0x7f000001 + next_source++ % SOURCE_ADDRESSES)};
    if (bind(a->fd, (struct sockaddr *)&src, sizeof src) != 0) die("bind");
  }
  if (connect(a->fd, target->ai_addr, target->ai_addrlen) != 0 && errno != EINPROGRESS) die("connect");
  a->state = CONNECTING;
  a->got = 0;
  struct epoll_event ev = {.events = EPOLLOUT, .data.u32 = id};
  if (epoll_ctl(ep, EPOLL_CTL_ADD, a->fd, &ev) != 0) die("epoll_ctl");
}

/* Moves one attempt on; returns 1 when its 101 arrived just now. */
static int step_attempt(int ep, attempt_t *a, uint32_t id, const char *request, size_t request_len, uint64_t *failed) {
  if (a->state == CONNECTING) {
    int err = 0;
    socklen_t len = sizeof err;
    getsockopt(a->fd, SOL_SOCKET, SO_ERROR, &err, &len);
    if (err != 0 || write(a->fd, request, request_len) != (ssize_t)request_len) goto fail;
    struct epoll_event ev = {.events = EPOLLIN, .data.u32 = id};
    epoll_ctl(ep, EPOLL_CTL_MOD, a->fd, &ev);
    a->state = HEAD;
    return 0;
  }
  char buf[1024];
  ssize_t r = read(a->fd, a->state == HEAD ? a->head + a->got : buf, a->state == HEAD ? sizeof a->head - 1 - a->got : sizeof buf);
  if (r < 0 && errno == EAGAIN) return 0;
  if (a->state == CLOSING) {
    if (r > 0) return 0; /* the server's close frame; its socket's end follows */
    close(a->fd);        /* the server closed first: TIME_WAIT stays on its side */
    a->fd = -1;
    return 0;
  }
  if (r <= 0) goto fail;
  a->got += r;
  a->head[a->got] = 0;
  if (!strstr(a->head, "\r\n\r\n")) return 0;
  if (strncmp(a->head, "HTTP/1.1 101", 12) != 0 || write(a->fd, close_frame, sizeof close_frame) != sizeof close_frame) goto fail;
  a->state = CLOSING;
  return 1;
fail:
  (*failed)++;
  close(a->fd);
  a->fd = -1;
  return 0;
}

typedef struct {
  int ep;
  attempt_t *attempts;
  const struct addrinfo *target;
  int spread;
  const char *request;
  size_t request_len;
  uint64_t done, failed;
} storm_t;

static void storm_event(void *load, uint32_t id) {
  storm_t *st = load;
  attempt_t *at = &st->attempts[id];
  if (step_attempt(st->ep, at, id, st->request, st->request_len, &st->failed) && measuring) st->done++;
  if (at->fd < 0) start_attempt(st->ep, at, id, st->target, st->spread);
}

static void storm_load(const char *host, const char *port, int in_flight, uint64_t warmup_ns, uint64_t duration_ns) {
  struct addrinfo hints = {.ai_family = AF_UNSPEC, .ai_socktype = SOCK_STREAM}, *target;
  if (getaddrinfo(host, port, &hints, &target) != 0) die("getaddrinfo");
  int spread = target->ai_family == AF_INET &&
               (ntohl(((struct sockaddr_in *)target->ai_addr)->sin_addr.s_addr) >> 24) == 127;
  char request[512];
  int request_len = upgrade_request(request, sizeof request, host, port);
  attempt_t *attempts = calloc(in_flight, sizeof *attempts);
  if (!attempts) die("calloc");
  int ep = epoll_create1(0);
  if (ep < 0) die("epoll_create1");
  for (int i = 0; i < in_flight; i++) start_attempt(ep, &attempts[i], i, target, spread);
  storm_t st = {ep, attempts, target, spread, request, (size_t)request_len, 0, 0};
  uint64_t measure_from = now_ns() + warmup_ns;
  mark_t a = {0}, b;
  run_window(ep, measure_from, measure_from + duration_ns, storm_event, &st, &a, &b);
  printf("{\"mode\":\"storm\",\"inFlight\":%d,", in_flight);
  print_window(&a, &b, st.done, "Handshake");
  printf(",\"failed\":%llu}\n", (unsigned long long)st.failed);
}

typedef struct {
  int tfd, closed;
  uint64_t start;
  double ns_per_msg;
  uint64_t k; /* the next open-loop message of the run */
  uint64_t quantum_ns, measure_from, until;
} echo_t;

/* An echo to read, or (the timer) the open-loop messages due to send, woken at most once per quantum. */
static void echo_event(void *load, uint32_t id) {
  echo_t *ld = load;
  if (id != UINT32_MAX) {
    read_echoes(&conns[id], ld->closed);
    return;
  }
  uint64_t expirations;
  if (read(ld->tfd, &expirations, sizeof expirations) < 0 && errno != EAGAIN) die("timerfd read");
  uint64_t woke = now_ns(), due;
  while ((due = ld->start + (uint64_t)(ld->k * ld->ns_per_msg)) <= now_ns()) {
    if (!send_one(&conns[ld->k % nconns], due) && due >= ld->measure_from && due < ld->until) not_sent++;
    ld->k++;
  }
  arm(ld->tfd, due > woke + ld->quantum_ns ? due : woke + ld->quantum_ns);
}

int main(int argc, char **argv) {
  if (argc < 7) {
    fprintf(stderr, "usage: ws-load HOST PORT CONNECTIONS RATE(0 = closed loop)|storm WARMUP_S DURATION_S [QUANTUM_US=250]\n");
    return 2;
  }
  if (strcmp(argv[4], "storm") == 0) {
    storm_load(argv[1], argv[2], atoi(argv[3]), (uint64_t)(atof(argv[5]) * 1e9), (uint64_t)(atof(argv[6]) * 1e9));
    return 0;
  }
  const char *host = argv[1], *port = argv[2];
  nconns = atoi(argv[3]);
  double rate = atof(argv[4]);
  uint64_t warmup_ns = (uint64_t)(atof(argv[5]) * 1e9), duration_ns = (uint64_t)(atof(argv[6]) * 1e9);
  uint64_t quantum_ns = (uint64_t)(argc > 7 ? atof(argv[7]) : 250) * 1000;
  int closed = rate <= 0;
  if (nconns <= 0) { fprintf(stderr, "ws-load: CONNECTIONS must be positive\n"); return 2; }

  frame[0] = 0x81;
  frame[1] = 0x80 | PAYLOAD;
  unsigned char key[4] = {0x37, 0xfa, 0x21, 0x3d};
  memcpy(frame + 2, key, 4);
  for (int i = 0; i < PAYLOAD; i++) frame[6 + i] = 'x' ^ key[i % 4];
  hist = calloc(MAX_LATENCY_US, sizeof *hist);
  conns = calloc(nconns, sizeof *conns);
  if (!hist || !conns) die("calloc");

  int ep = epoll_create1(0);
  if (ep < 0) die("epoll_create1");
  for (int i = 0; i < nconns; i++) {
    conns[i].fd = open_conn(host, port);
    if (fcntl(conns[i].fd, F_SETFL, fcntl(conns[i].fd, F_GETFL) | O_NONBLOCK) != 0) die("fcntl");
    struct epoll_event ev = {.events = EPOLLIN, .data.u32 = (uint32_t)i};
    if (epoll_ctl(ep, EPOLL_CTL_ADD, conns[i].fd, &ev) != 0) die("epoll_ctl");
  }
  int tfd = timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK);
  if (tfd < 0) die("timerfd_create");
  struct epoll_event tev = {.events = EPOLLIN, .data.u32 = UINT32_MAX};
  if (epoll_ctl(ep, EPOLL_CTL_ADD, tfd, &tev) != 0) die("epoll_ctl timer");

  uint64_t start = now_ns(), measure_from = start + warmup_ns, until = measure_from + duration_ns;
  echo_t ld = {tfd, closed, start, closed ? 0 : 1e9 / rate, 0, quantum_ns, measure_from, until};
  if (closed) {
    for (int i = 0; i < nconns; i++) send_one(&conns[i], now_ns());
  } else {
    arm(tfd, start);
  }
  mark_t a = {0}, b;
  run_window(ep, measure_from, until, echo_event, &ld, &a, &b);
  printf("{\"mode\":\"%s\",\"rate\":%.0f,\"quantumMicros\":%llu,\"connections\":%d,", closed ? "closed" : "open", rate,
         (unsigned long long)(quantum_ns / 1000), nconns);
  print_window(&a, &b, answered, "Message");
  printf(",\"p50Millis\":%.3f,\"p99Millis\":%.3f,\"notSent\":%llu}\n", percentile(0.5), percentile(0.99),
         (unsigned long long)not_sent);
  return 0;
}
