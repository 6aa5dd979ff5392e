package org.pmc.organization;

import org.pmc.notification.PendingConfirmations;

interface PendingRegistrations extends PendingConfirmations<PendingRegistration> {}
