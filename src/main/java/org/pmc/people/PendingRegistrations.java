package org.pmc.people;

import org.pmc.notification.PendingConfirmations;
import org.pmc.people.PendingRegistration;

interface PendingRegistrations extends PendingConfirmations<PendingRegistration> {}
