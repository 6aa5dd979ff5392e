package org.pmc.input;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.Tuple;
import org.pmc.competency.Competency;
import org.pmc.competency.CompetencyLevel;
import org.pmc.mcp.internal.InviteMcp;
import org.pmc.mcp.internal.McpAssignment;
import org.pmc.mcp.internal.RegisterProfessional.EarnedCertification;
import org.pmc.mcp.internal.RegisterProfessional;
import org.pmc.mcp.internal.Training;
import org.pmc.ordering.internal.NewAbtkOrder;
import org.pmc.organization.internal.NewLocation;
import org.pmc.people.NewAdmin;
import org.pmc.people.RegisterOrganization;
import org.pmc.people.internal.AssociationRequest;
import org.pmc.people.internal.InviteMultiple;
import org.pmc.people.internal.SingleInvite;
import org.pmc.reference.internal.NewReference;
import org.pmc.reference.internal.ReferenceAssignment;
import org.pmc.support.internal.NewTicket;
import org.pmc.support.internal.TicketComplexity;
import org.pmc.support.internal.TicketPriority;

/**
 * The validated commands of the API (request records with jakarta validation), one valid sample each, then
 * spoiled one text field at a time: too long, blank, or any text at all. Validation never throws, and a
 * refusal names exactly the field that was spoiled, so the API's 400 names it too.
 */
class ValidatedCommandsPropertiesTest {

  private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
  private static final UUID ID = UUID.randomUUID();

  /** One valid instance of every validated command. Add a new command here. */
  static final List<Record> SAMPLES = List.of(
      new NewReference("Northwind", "Nina North", "nina@northwind.example", "Migrated 400 mailboxes", ID,
          Competency.values()[0]),
      new ReferenceAssignment(ID, Competency.values()[0]),
      new SingleInvite("Ivy", "Invitee", "ivy@partner.example", ID),
      new InviteMultiple("a@partner.example; b@partner.example", ID),
      new AssociationRequest("1234567", ID, "Ray", "Requester", "ray@partner.example"),
      new NewAdmin("Ada", "Admin", "ada@partner.example", "tulip-harbour-lantern"),
      new RegisterOrganization("Partners", "FR", new NewAdmin("Ada", "Admin", "ada@partner.example",
          "tulip-harbour-lantern")),
      new NewLocation("North", "FR", ID),
      new InviteMcp("M1234", "mia@partner.example", ID),
      new McpAssignment(ID),
      new RegisterProfessional("Mia", "Mcp", "mia@partner.example",
          List.of(new EarnedCertification("70-347", LocalDate.of(2025, 1, 15))),
          List.of(new Training("Cloud basics", LocalDate.of(2025, 3, 1)))),
      new NewTicket("Membership", "Levels", "Upgrade", TicketPriority.values()[0], TicketComplexity.values()[0],
          "Subject", "Description"),
      new NewAbtkOrder(ID, CompetencyLevel.SILVER));

  @Property(tries = 50)
  @Label("every sample is valid as it stands")
  void theSamplesAreValid(@ForAll("samples") Record sample) {
    assertThat(VALIDATOR.validate(sample)).isEmpty();
  }

  @Property
  @Label("a text field longer than its maximum is refused, naming that field")
  void anOversizedFieldIsRefusedNamingIt(@ForAll("sizedFields") Tuple2<Record, RecordComponent> field,
      @ForAll("extraLength") int extra) throws Exception {
    int max = annotation(field, Size.class).max();
    Record spoiled = with(field.get1(), field.get2(), "x".repeat(max + extra));
    assertThat(fields(VALIDATOR.validate(spoiled))).containsOnly(field.get2().getName());
  }

  @Property
  @Label("a required text field that is blank is refused, naming that field")
  void aBlankRequiredFieldIsRefusedNamingIt(@ForAll("requiredFields") Tuple2<Record, RecordComponent> field,
      @ForAll("blanks") String blank) throws Exception {
    Record spoiled = with(field.get1(), field.get2(), blank);
    assertThat(fields(VALIDATOR.validate(spoiled))).containsOnly(field.get2().getName());
  }

  @Property(tries = 2000)
  @Label("any text in any text field is either valid or refused naming that field; validation never throws")
  void anyTextIsValidOrRefusedNamingTheField(@ForAll("textFields") Tuple2<Record, RecordComponent> field,
      @ForAll("anyText") String text) throws Exception {
    Record spoiled = with(field.get1(), field.get2(), text);
    assertThat(fields(VALIDATOR.validate(spoiled))).isSubsetOf(field.get2().getName());
  }

  @Provide
  Arbitrary<Record> samples() {
    return Arbitraries.of(SAMPLES);
  }

  @Provide
  Arbitrary<Tuple2<Record, RecordComponent>> sizedFields() {
    return textFields().filter(field -> annotation(field, Size.class) != null);
  }

  @Provide
  Arbitrary<Tuple2<Record, RecordComponent>> requiredFields() {
    return textFields().filter(field -> annotation(field, NotBlank.class) != null);
  }

  @Provide
  Arbitrary<Tuple2<Record, RecordComponent>> textFields() {
    return Arbitraries.of(SAMPLES.stream()
        .flatMap(sample -> Arrays.stream(sample.getClass().getRecordComponents())
            .filter(component -> component.getType() == String.class)
            .map(component -> Tuple.of(sample, component)))
        .toList());
  }

  @Provide
  Arbitrary<Integer> extraLength() {
    return Arbitraries.integers().between(1, 100_000).shrinkTowards(1);
  }

  @Provide
  Arbitrary<String> blanks() {
    // @NotBlank trims only what String.trim() trims: a name of Unicode spaces alone (U+2003) is not blank to it.
    return Arbitraries.strings().withChars(" \t\n\r").ofMaxLength(20);
  }

  @Provide
  Arbitrary<String> anyText() {
    Arbitrary<String> injection = Arbitraries.of("' OR '1'='1", "'; DROP TABLE individual; --",
        "<script>alert(1)</script>", "${7*7}", "#{7*7}", "../../etc/passwd", "%00",
        "\u0000", "a@b.c'--", "{{7*7}}", "\\");
    Arbitrary<String> mixed = Combinators.combine(Arbitraries.strings().ofMaxLength(50), injection)
        .as((text, attack) -> text + attack);
    return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(300), injection, mixed);
  }

  /** Constraints on a record component land on its field (they do not target record components). */
  private static <A extends java.lang.annotation.Annotation> A annotation(Tuple2<Record, RecordComponent> field,
      Class<A> type) {
    try {
      return field.get1().getClass().getDeclaredField(field.get2().getName()).getAnnotation(type);
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A copy of the record with one component replaced. */
  private static Record with(Record sample, RecordComponent replaced, Object value) throws Exception {
    RecordComponent[] components = sample.getClass().getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      values[i] = components[i].getName().equals(replaced.getName()) ? value
          : components[i].getAccessor().invoke(sample);
    }
    Constructor<? extends Record> constructor = sample.getClass().getDeclaredConstructor(types);
    return constructor.newInstance(values);
  }

  private static Set<String> fields(Set<? extends ConstraintViolation<?>> violations) {
    return violations.stream().map(violation -> violation.getPropertyPath().toString())
        .collect(java.util.stream.Collectors.toSet());
  }
}
