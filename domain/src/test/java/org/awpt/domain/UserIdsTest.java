package org.awpt.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UserIdsTest {

    /** Both parsers share the rules; each names its own field. */
    static Stream<Arguments> parsers() {
        Function<String, Long> discord = text -> DiscordUserId.parse(text).value();
        Function<String, Long> roblox = text -> RobloxUserId.parse(text).value();
        return Stream.of(Arguments.of(discord, "discord user id"), Arguments.of(roblox, "roblox user id"));
    }

    static Stream<Arguments> invalidTexts() {
        return parsers().flatMap(p -> Stream.of(
                        "", "   ", "abc", "12a4", "-5", "+5", "0", "000", "1.5", "1 2",
                        "12345678901234567890", // 20 digits
                        "9999999999999999999", // 19 digits, over Long.MAX_VALUE
                        "\u0661\u0662") // Arabic-Indic digits are not ASCII digits
                .map(text -> Arguments.of(p.get()[0], p.get()[1], text)));
    }

    @ParameterizedTest
    @MethodSource("invalidTexts")
    void parseRefusesWhatIsNotAPositiveDecimal(Function<String, Long> parser, String field, String text) {
        assertThatThrownBy(() -> parser.apply(text))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.code()).isEqualTo("invalid_input");
                    assertThat(e.expected()).contains("19 digits");
                });
    }

    @ParameterizedTest
    @MethodSource("parsers")
    void parseRefusesNull(Function<String, Long> parser, String field) {
        assertThatThrownBy(() -> parser.apply(null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @ParameterizedTest
    @MethodSource("parsers")
    void parseAcceptsDigitsWithSurroundingSpaces(Function<String, Long> parser, String field) {
        assertThat(parser.apply(" 42 ")).isEqualTo(42L);
        assertThat(parser.apply("0042")).isEqualTo(42L);
        assertThat(parser.apply("9223372036854775807")).isEqualTo(Long.MAX_VALUE);
        assertThat(parser.apply("2425307148")).isEqualTo(2_425_307_148L);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Long.MIN_VALUE})
    void constructorsRefuseZeroAndNegative(long value) {
        assertThatThrownBy(() -> new DiscordUserId(value)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RobloxUserId(value)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void idsPrintAsDecimal() {
        DiscordUserId discord = DiscordUserId.parse("1234567890123456789");
        assertThat(discord.asString()).isEqualTo("1234567890123456789");
        assertThat(discord).hasToString("1234567890123456789");
        RobloxUserId roblox = RobloxUserId.parse("987");
        assertThat(roblox.asString()).isEqualTo("987");
        assertThat(roblox).hasToString("987").isEqualTo(new RobloxUserId(987));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "2425307148", " 77 ", "000", "9", "0123456789"})
    void looksNumericForDigits(String text) {
        assertThat(RobloxUserId.looksNumeric(text)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "builderman", "user123", "12 34", "-12", "1.0"})
    void looksNumericIsFalseForUsernamesAndBlanks(String text) {
        assertThat(RobloxUserId.looksNumeric(text)).isFalse();
    }
}
