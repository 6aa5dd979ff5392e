package org.pmc.people.internal;

import org.pmc.notification.PendingConfirmations;
import org.pmc.people.internal.PendingAssociationRequest;

interface PendingAssociationRequests extends PendingConfirmations<PendingAssociationRequest> {}
