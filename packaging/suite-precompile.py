# Precompiles the Autobahn|Testsuite's Python for Jython, inside its jar (run by Jython; the pom's
# execution "suite-precompile" calls it in the package phase, after the jar is copied into
# target/lib/autobahn-testsuite):
#
#   java -cp jython-standalone.jar org.python.util.jython suite-precompile.py SUITE_JAR WORK_DIR
#
# The suite's jar, as Maven Central carries it, holds Python sources only, and Jython compiles a
# module from a jar on every import: every start of `wsarena conformance` (and of a run's --check)
# compiled the suite, Twisted and zope again, 14 s of CPU on a 2-core machine before the first case.
# Jython loads a module's X$py.class from the jar when it is there, so this writes them in once: it
# unpacks the jar, imports the suite's entry point from the unpacked files (which compiles every
# module the suite imports, X$py.class beside X.py; a run of the fuzzing client imports no other),
# and packs the folder back into the jar under the same name. The sources stay, for tracebacks.
# A jar that already holds compiled classes is left as it is.
import os
import shutil
import sys
import zipfile

# The sources and their classes get one even-second time: Jython compares the time a class was
# compiled against with its source's, and a jar keeps times to two seconds.
SOURCE_TIME = 1262304000  # 2010-01-01 00:00:00 UTC


def compiled(jar):
    z = zipfile.ZipFile(jar)
    try:
        return any(n.endswith('$py.class') for n in z.namelist())
    finally:
        z.close()


def unpack(jar, work):
    if os.path.isdir(work):
        shutil.rmtree(work)
    os.makedirs(work)
    z = zipfile.ZipFile(jar)
    try:
        z.extractall(work)
    finally:
        z.close()
    for folder, _, files in os.walk(work):
        for f in files:
            os.utime(os.path.join(folder, f), (SOURCE_TIME, SOURCE_TIME))


def pack(work, jar):
    partial = jar + '.partial'
    z = zipfile.ZipFile(partial, 'w', zipfile.ZIP_DEFLATED)
    try:
        for folder, _, files in sorted(os.walk(work)):
            for f in sorted(files):
                path = os.path.join(folder, f)
                z.write(path, os.path.relpath(path, work))
    finally:
        z.close()
    os.rename(partial, jar)


def main(jar, work):
    if compiled(jar):
        print('suite-precompile.py: %s already holds compiled classes' % jar)
        return
    unpack(jar, work)
    sys.dont_write_bytecode = False  # Jython's default here is not to write X$py.class
    sys.path.insert(0, work)
    from autobahntestsuite import wstest  # noqa: F401 (imported for the classes it compiles)
    count = sum(1 for _, _, files in os.walk(work) for f in files if f.endswith('$py.class'))
    if count == 0:
        sys.exit('suite-precompile.py: importing the suite compiled no module in %s' % work)
    pack(work, jar)
    shutil.rmtree(work)
    print('suite-precompile.py: %d modules of the suite compiled into %s' % (count, jar))


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
