package io.chargeway.launcher;

import java.util.Locale;

/** What a JVM runs: every role together (the default) or one role of a cluster. */
public enum Role {
    /** Core, edge and web in one JVM. */
    ALL,
    /** Pile gateway only. */
    EDGE,
    /** Domain and data only. */
    CORE,
    /** HTTP API only. */
    WEB;

    /** Whether this role runs the core verticle (and so needs MariaDB). */
    public boolean runsCore() {
        return this == ALL || this == CORE;
    }

    /** Whether this role runs the edge verticle. */
    public boolean runsEdge() {
        return this == ALL || this == EDGE;
    }

    /** Whether this role runs the web verticle. */
    public boolean runsWeb() {
        return this == ALL || this == WEB;
    }

    /** Lower-case name as used on the command line and for conf files. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
