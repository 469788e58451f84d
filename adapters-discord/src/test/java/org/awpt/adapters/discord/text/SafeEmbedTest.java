package org.awpt.adapters.discord.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.dv8tion.jda.api.entities.MessageEmbed;
import org.junit.jupiter.api.Test;

class SafeEmbedTest {

    @Test
    void cutsEveryPartToDiscordsLimits() {
        MessageEmbed embed = SafeEmbed.create().title("t".repeat(1000)).description("d".repeat(10_000))
                .field("n".repeat(500), "v".repeat(5000), false).footer("f".repeat(5000)).build();
        assertThat(embed.getTitle()).hasSize(256).endsWith("\u2026");
        assertThat(embed.getDescription()).hasSizeLessThanOrEqualTo(4096);
        assertThat(embed.getFields()).hasSize(1);
        assertThat(embed.getFields().get(0).getName()).hasSize(256);
        assertThat(embed.getFields().get(0).getValue()).hasSizeLessThanOrEqualTo(1024);
        assertThat(embed.getLength()).isLessThanOrEqualTo(6000);
    }

    @Test
    void manyLargeFieldsStayWithinTwentyFiveFieldsAndSixThousandCharacters() {
        SafeEmbed builder = SafeEmbed.create().title("Keys").description("x".repeat(3000));
        for (int i = 0; i < 200; i++) {
            builder.field("field " + i, "v".repeat(900), true);
        }
        MessageEmbed embed = builder.build();
        assertThat(embed.getFields()).hasSizeLessThanOrEqualTo(25);
        assertThat(embed.getLength()).isLessThanOrEqualTo(6000);
        MessageEmbed.Field last = embed.getFields().get(embed.getFields().size() - 1);
        assertThat(last.getValue()).startsWith("+");
        assertThat(Integer.parseInt(last.getValue().substring(1)) + embed.getFields().size() - 1).isEqualTo(200);
    }

    @Test
    void manySmallFieldsStopAtTwentyFive() {
        SafeEmbed builder = SafeEmbed.create();
        for (int i = 0; i < 40; i++) {
            builder.field("f" + i, "v", true);
        }
        MessageEmbed embed = builder.build();
        assertThat(embed.getFields()).hasSize(25);
        assertThat(embed.getFields().get(24).getValue()).isEqualTo("+16");
    }

    @Test
    void blankValuesAreShownAsADash() {
        assertThat(SafeEmbed.create().field("", "", false).build().getFields().get(0).getValue()).isEqualTo("\u2014");
    }

    @Test
    void truncateKeepsSurrogatePairsWhole() {
        String text = "a".repeat(8) + "\uD83D\uDE00" + "b".repeat(10);
        String cut = SafeEmbed.truncate(text, 10);
        assertThat(cut).hasSizeLessThanOrEqualTo(10).endsWith("\u2026");
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 2))).isFalse();
        assertThat(SafeEmbed.truncate(null, 5)).isEmpty();
        assertThat(SafeEmbed.truncate("short", 5)).isEqualTo("short");
    }
}
