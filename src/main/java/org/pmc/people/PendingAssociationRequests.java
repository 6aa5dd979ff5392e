package org.pmc.people;

import org.pmc.notification.PendingConfirmations;

interface PendingAssociationRequests extends PendingConfirmations<PendingAssociationRequest> {}
