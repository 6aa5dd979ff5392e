package org.pmc.people.internal;

import org.pmc.notification.PendingConfirmations;
import org.pmc.people.internal.PendingRegistration;

public interface PendingRegistrations extends PendingConfirmations<PendingRegistration> {}
