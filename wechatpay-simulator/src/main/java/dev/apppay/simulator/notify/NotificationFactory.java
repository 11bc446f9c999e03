package dev.apppay.simulator.notify;

import dev.apppay.simulator.Order;
import dev.apppay.simulator.fault.SignatureFault;

/** Builds the signed notification of a paid order, in one API generation's format. */
public interface NotificationFactory {

  /** Builds a fresh copy of notification {@code notificationId} for {@code order}. */
  Notification create(Order order, String notificationId, SignatureFault signatureFault);

  /** Returns whether a reply is the merchant's acknowledgement in this generation's form. */
  boolean isAcknowledgement(int status, String body);
}
