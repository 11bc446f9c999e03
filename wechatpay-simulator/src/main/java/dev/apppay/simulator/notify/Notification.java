package dev.apppay.simulator.notify;

import java.util.Map;

/** One HTTP POST of a notification: its headers and exact body. */
public record Notification(Map<String, String> headers, String body) {}
