package org.awpt.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SessionIdsTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "abcdefghijklmno", // 15
        "abcdefghijklmno.",
        "111111111111111111_1700000000000 "
    })
    void sessionIdsAreSixteenToSixtyFourSafeCharacters(String text) {
        assertThatThrownBy(() -> new SessionId(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sessionIdLengthBounds() {
        assertThat(new SessionId("a".repeat(16))).hasToString("a".repeat(16));
        assertThat(new SessionId("A-_9".repeat(16)).value()).hasSize(64);
        assertThatThrownBy(() -> new SessionId("a".repeat(65))).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource(value = {"NULL, m", "' ', m", "c, NULL", "c, ''"}, nullValues = "NULL")
    void aNoticeNamesChannelAndMessage(String channel, String message) {
        assertThatThrownBy(() -> new NoticeRef(channel, message)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNoticeKeepsItsIds() {
        NoticeRef notice = new NoticeRef("123", "456");
        assertThat(notice.channelId()).isEqualTo("123");
        assertThat(notice.messageId()).isEqualTo("456");
    }
}
