package org.pmc.demo.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pmc.people.Newcomers;
import org.pmc.people.PeopleOfLocations;
import org.pmc.web.Role;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * About thirty people of Contoso in every state an admin meets (R-PPL-1 to R-PPL-4, R-ROLE-4): associated
 * members, a second global admin, a location admin per location, invitations still waiting for a profile, people
 * invited or asking to join who wait for an admin's approval, and one removed. Made only while the founder is the organization's only person;
 * each invitation sends its one mail.
 */
@Component
@ConditionalOnProperty(name = "pmc.demo-data", havingValue = "true")
class DemoPeople {

  private static final String DOMAIN = "@contoso.example";
  private static final List<String> CITIES = List.of("Redmond", "Seattle", "Berlin", "Munich", "Lyon");
  /** Four per location: the first of the four runs it as location admin (Redmond's is a global admin). */
  private static final List<String> ASSOCIATED = List.of(
      "Megan Bowen", "Nestor Wilke", "Patti Fernandez", "Pradeep Gupta",
      "Adele Vance", "Grady Archie", "Henrietta Mueller", "Isaiah Langer",
      "Johanna Lorenz", "Lidia Holloway", "Lee Gu", "Miriam Graham",
      "Joni Sherman", "Debra Berger", "Christie Cline", "Irvin Sayers",
      "Camille Dubois", "Alain Morel", "Brigitte Laurent", "Dominique Petit");
  private static final List<String> AWAITING_PROFILE = List.of("Ravi Kumar", "Sofia Rossi", "Tom Becker",
      "Ines Garcia");
  private static final List<String> AWAITING_APPROVAL = List.of("Olga Ivanova", "Yuki Tanaka");
  private static final List<String> REQUESTING = List.of("Nora Jensen", "Marco Bianchi");
  private static final String REMOVED = "Kai Schmidt";

  private final Newcomers newcomers;
  private final PeopleOfLocations people;

  DemoPeople(Newcomers newcomers, PeopleOfLocations people) {
    this.newcomers = newcomers;
    this.people = people;
  }

  /** The number of people added (none when the organization already has more than its founder). */
  int join(UUID organizationId, String partnerNumber, String adminEmail, Map<String, UUID> locations,
      String password) {
    if (people.countOf(organizationId) > 1) {
      return 0;
    }
    for (int i = 0; i < ASSOCIATED.size(); i++) {
      String city = CITIES.get(i / 4);
      UUID id = associate(adminEmail, locations.get(city), ASSOCIATED.get(i), password);
      if (i % 4 == 0) {
        newcomers.appoint(adminEmail, id, city.equals("Redmond") ? Role.GLOBAL_ADMIN : Role.LOCATION_ADMIN,
            city.equals("Redmond") ? List.of() : List.of(locations.get(city)));
      }
    }
    for (int i = 0; i < AWAITING_PROFILE.size(); i++) {
      newcomers.inviteByList(adminEmail, locations.get(CITIES.get(i + 1)), email(AWAITING_PROFILE.get(i)));
    }
    // R-PPL-2: invited one by one and done with their profile; an admin's approval is what they wait for.
    for (String name : AWAITING_APPROVAL) {
      String[] first = name.split(" ");
      UUID id = newcomers.inviteOne(adminEmail, locations.get("Berlin"), first[0], first[1], email(name));
      newcomers.completeProfile(id, first[0], first[1], password);
    }
    // R-PPL-3: they asked to join by the partner number and confirmed by their link; an admin decides.
    for (String name : REQUESTING) {
      String[] parts = name.split(" ");
      newcomers.askToJoin(partnerNumber, locations.get("Seattle"), parts[0], parts[1], email(name));
    }
    newcomers.remove(adminEmail, associate(adminEmail, locations.get("Lyon"), REMOVED, password));
    return ASSOCIATED.size() + AWAITING_PROFILE.size() + AWAITING_APPROVAL.size() + REQUESTING.size() + 1;
  }

  private UUID associate(String adminEmail, UUID locationId, String name, String password) {
    UUID id = newcomers.inviteByList(adminEmail, locationId, email(name));
    String[] parts = name.split(" ");
    newcomers.completeProfile(id, parts[0], parts[1], password);
    return id;
  }

  static String email(String name) {
    return name.toLowerCase().replace(' ', '.') + DOMAIN;
  }
}
