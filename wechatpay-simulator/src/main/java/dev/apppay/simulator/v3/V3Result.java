package dev.apppay.simulator.v3;

/** A successful v3 reply: status and JSON body, {@code null} for 204. */
record V3Result(int status, Object body) {}
