package org.pmc.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.pmc.people.internal.AddressList;

/** R-PPL-1, R-PPL-6: the semicolon-separated address list, for any input a person could paste. */
class AddressListPropertiesTest {

  @Property
  @Label("R-PPL-6: every non-blank entry is either invited or rejected with a reason, whatever the input")
  void everyEntryIsAccountedFor(@ForAll("pastedText") String pasted) {
    AddressList parsed = AddressList.parse(pasted);
    long entries = Arrays.stream(pasted.split(";")).map(String::trim).filter(entry -> !entry.isEmpty()).count();
    assertThat(parsed.valid().size() + parsed.rejected().size()).isEqualTo(entries);
    assertThat(parsed.rejected()).allSatisfy(rejection -> assertThat(rejection.reason()).isNotBlank());
  }

  @Property
  @Label("R-PPL-6: invited addresses are distinct, lower case, one address each, at most 254 characters")
  void invitedAddressesAreCleanAndDistinct(@ForAll("pastedText") String pasted) {
    List<String> valid = AddressList.parse(pasted).valid();
    assertThat(valid).doesNotHaveDuplicates();
    assertThat(valid).allSatisfy(address -> {
      assertThat(address).isEqualTo(address.toLowerCase(Locale.ROOT)).contains("@").doesNotContain(";", " ");
      assertThat(address.length()).isLessThanOrEqualTo(254);
    });
  }

  @Property
  @Label("R-PPL-1: well-formed addresses are invited once, whatever the spacing, case and repetition")
  void wellFormedAddressesAreInvitedOnce(@ForAll("addresses") List<String> addresses,
      @ForAll("spacing") String before, @ForAll("spacing") String after) {
    String pasted = addresses.stream().map(address -> before + address + after).collect(Collectors.joining(";"))
        + ";" + addresses.stream().map(address -> address.toUpperCase(Locale.ROOT)).collect(Collectors.joining(";"));
    AddressList parsed = AddressList.parse(pasted);
    List<String> distinct = addresses.stream().map(address -> address.toLowerCase(Locale.ROOT)).distinct().toList();
    assertThat(parsed.valid()).containsExactlyElementsOf(distinct);
    assertThat(parsed.rejected()).hasSize(2 * addresses.size() - distinct.size())
        .allSatisfy(rejection -> assertThat(rejection.reason()).isEqualTo("listed twice"));
  }

  @Property
  @Label("R-PPL-6: an entry without an @, or with spaces inside, is rejected as not an address")
  void entriesThatAreNoAddressesAreRejected(@ForAll("notAddresses") String entry) {
    AddressList parsed = AddressList.parse(entry);
    assertThat(parsed.valid()).isEmpty();
    assertThat(parsed.rejected()).singleElement()
        .satisfies(rejection -> assertThat(rejection.reason()).isEqualTo("not a valid email address"));
  }

  @Provide
  Arbitrary<String> pastedText() {
    Arbitrary<String> tricky = Arbitraries.strings().withChars("ab.@;, \t\n<>\"'()[]\\%+-_é漢")
        .ofMaxLength(120);
    Arbitrary<String> listed = addresses().map(list -> String.join(" ; ", list));
    return Arbitraries.oneOf(tricky, Arbitraries.strings().ofMaxLength(300), listed);
  }

  @Provide
  Arbitrary<List<String>> addresses() {
    Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').numeric().withChars("-")
        .ofMinLength(1).ofMaxLength(12).filter(w -> !w.startsWith("-") && !w.endsWith("-"));
    Arbitrary<String> address = Combinators.combine(word, word, Arbitraries.strings().withCharRange('a', 'z')
        .ofMinLength(2).ofMaxLength(5)).as((local, domain, tld) -> local + "@" + domain + "." + tld);
    return address.list().ofMinSize(1).ofMaxSize(8);
  }

  @Provide
  Arbitrary<String> spacing() {
    return Arbitraries.strings().withChars(" \t\n").ofMaxLength(3);
  }

  @Provide
  Arbitrary<String> notAddresses() {
    Arbitrary<String> withoutAt = Arbitraries.strings().withCharRange('a', 'z').withChars(".-")
        .ofMinLength(1).ofMaxLength(30);
    Arbitrary<String> withInnerSpace = Combinators.combine(withoutAt, withoutAt)
        .as((left, right) -> left + " " + right + "@example.org");
    return Arbitraries.oneOf(withoutAt, withInnerSpace);
  }
}
