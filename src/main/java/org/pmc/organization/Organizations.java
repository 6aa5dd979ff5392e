package org.pmc.organization;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface Organizations extends JpaRepository<Organization, UUID> {}
