package org.awpt.adapters.discord.admin;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.components.MessageTopLevelComponent;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.selections.SelectMenu;
import net.dv8tion.jda.api.components.selections.SelectOption;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.modals.Modal;
import org.awpt.adapters.discord.buyer.BuyerViews;
import org.awpt.adapters.discord.chart.ChartStyle;
import org.awpt.adapters.discord.chart.TransactionChartRenderer;
import org.awpt.adapters.discord.ids.ComponentAction;
import org.awpt.adapters.discord.ids.ComponentId;
import org.awpt.adapters.discord.runtime.NamedFile;
import org.awpt.adapters.discord.runtime.Reply;
import org.awpt.adapters.discord.runtime.Rows;
import org.awpt.adapters.discord.text.EchoedText;
import org.awpt.adapters.discord.text.Messages;
import org.awpt.adapters.discord.text.SafeEmbed;
import org.awpt.application.inventory.InventoryStatistics;
import org.awpt.application.inventory.KeyPage;
import org.awpt.application.inventory.TypeStatistics;
import org.awpt.application.report.RevenueLine;
import org.awpt.application.report.TransactionReport;
import org.awpt.domain.importing.ImportReport;
import org.awpt.domain.license.KeyStatus;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseTypeCatalog;
import org.awpt.domain.pricing.Money;

/** How the admin views look. Keys are masked everywhere here (exports are files, for admins only). */
public final class AdminViews {
    /** Keys per page of the All Keys view. */
    public static final int PAGE_SIZE = 10;
    /** The filter value meaning "any". */
    public static final String ALL = "all";
    /** Field of the custom range modal: the first day. */
    public static final String RANGE_FROM = "from";
    /** Field of the custom range modal: the last day. */
    public static final String RANGE_TO = "to";
    /** The periods offered by the Transactions view. */
    public static final List<Integer> PERIODS = List.of(7, 30, 90);
    /** Statuses offered as filters. */
    public static final List<KeyStatus> STATUS_FILTERS = List.of(KeyStatus.AVAILABLE, KeyStatus.USED,
            KeyStatus.REQUESTED, KeyStatus.REVOKED);
    private static final int INLINE_LINES_MAX = 40;

    private final Messages messages;
    private final LicenseTypeCatalog types;
    private final TransactionChartRenderer charts = new TransactionChartRenderer();

    /** Views worded from this bundle, filtering by the catalog's types. */
    public AdminViews(Messages messages, LicenseTypeCatalog types) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.types = Objects.requireNonNull(types, "types");
    }

    /**
     * The page argument of a keys button: a tag naming the button (ids are unique within a message)
     * and the 0-based page.
     */
    public static String pageArg(char tag, int page) {
        return tag + Integer.toString(page);
    }

    /** The page of a page argument; 0 when it is not one. */
    public static int pageOf(String arg) {
        try {
            return Math.max(0, Integer.parseInt(arg.substring(1)));
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            return 0;
        }
    }

    /** The bundle. */
    public Messages messages() {
        return messages;
    }

    /** An import report; the line numbers in full as an attached file when they are many. */
    public Reply importReport(ImportReport report) {
        String summary = messages.get("import.summary", "imported", report.imported(),
                "invalid", report.invalidLines().size(), "duplicates", report.duplicateLines().size(),
                "present", report.alreadyPresentLines().size());
        SafeEmbed embed = SafeEmbed.create().title(messages.get("import.title", "type", report.type()))
                .description(summary).color(BuyerViews.BRAND);
        int lines = report.invalidLines().size() + report.duplicateLines().size() + report.alreadyPresentLines().size();
        embed.field(messages.get("import.field.invalid"), lineList(report.invalidLines()), false);
        embed.field(messages.get("import.field.duplicates"), lineList(report.duplicateLines()), false);
        embed.field(messages.get("import.field.present"), lineList(report.alreadyPresentLines()), false);
        // Always shown: the format is the type's own (shop.keyFormats), so an admin sees what was checked.
        // The shape, not the line: it tells the format without echoing what may be someone's key.
        embed.field(messages.get("import.field.format"), messages.get("import.format", "type", report.type(),
                "format", EchoedText.of(report.expectedFormat().description(), EchoedText.REASON + 100)) + report.firstInvalidShape()
                .filter(shape -> !report.invalidLines().isEmpty())
                .map(shape -> "\n" + messages.get("import.format.first", "shape", "`" + shape.replace('`', '\'') + "`"))
                .orElse(""), false);
        Reply reply = Reply.privateEmbed(embed.build(), List.of());
        if (lines > INLINE_LINES_MAX) {
            String full = messages.get("import.report.header", "type", report.type()) + "\n" + summary + "\n"
                    + messages.get("import.format", "type", report.type(), "format", report.expectedFormat().description())
                    + "\n\ninvalid: " + join(report.invalidLines()) + "\nduplicates: " + join(report.duplicateLines())
                    + "\nalready present: " + join(report.alreadyPresentLines()) + "\n";
            reply = reply.withContent(messages.get("import.full"))
                    .withFile(new NamedFile("import-report.txt", full.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        return reply;
    }

    /** The statistics view with its buttons. */
    public Reply statistics(InventoryStatistics statistics) {
        SafeEmbed embed = SafeEmbed.create().title(messages.get("stats.title")).color(BuyerViews.BRAND)
                .timestamp(statistics.generatedAt());
        for (TypeStatistics type : statistics.types()) {
            embed.field(type.displayName(), messages.get("stats.type.value",
                    "available", type.counts().get(KeyStatus.AVAILABLE), "used", type.counts().get(KeyStatus.USED),
                    "requested", type.counts().get(KeyStatus.REQUESTED), "revoked", type.counts().get(KeyStatus.REVOKED),
                    "level", type.stock().level().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    "days", type.daysOfStockLeft().isPresent()
                            ? String.format(Locale.ROOT, "%.1f", type.daysOfStockLeft().getAsDouble())
                            : messages.get("stats.days.unknown")), true);
        }
        return Reply.privateEmbed(embed.build(), Rows.of(List.of(
                Button.primary(id(ComponentAction.STATS_EXPORT), messages.get("stats.button.export")),
                Button.secondary(id(ComponentAction.STATS_SEARCH), messages.get("stats.button.search")),
                Button.secondary(id(ComponentAction.TRANSACTIONS, "7", ChartStyle.BAR.code()),
                        messages.get("stats.button.transactions")),
                Button.secondary(id(ComponentAction.KEYS_PAGE, ALL, ALL, pageArg('v', 0)),
                        messages.get("stats.button.keys"))), 1));
    }

    /**
     * The transactions view: the chart attached and shown in the embed, the summary, revenue per payment
     * method and currency, its buttons.
     *
     * @param period the view's period argument: the last N days ({@code "7"}) or {@code FROM.TO}
     */
    public Reply transactions(TransactionReport report, String period, ChartStyle style) {
        boolean lastDays = !period.contains(".");
        String title = lastDays ? messages.get("tx.title", "days", report.days())
                : messages.get("tx.title.range", "from", report.from(), "to", report.to());
        byte[] png = charts.render(title, "keys", report.perDay(), style);
        String trend = report.trendPercent().map(p -> (p.signum() > 0 ? "+" : "")
                + p.setScale(1, RoundingMode.HALF_UP).toPlainString() + "%").orElse("\u2014");
        String busiest = report.busiestDay().map(day -> day + " (" + report.perDay().get(day) + ")")
                .orElse(messages.get("tx.busiest.none"));
        SafeEmbed embed = SafeEmbed.create().title(title).color(BuyerViews.BRAND)
                .description(messages.get("tx.summary", "total", report.total(),
                        "average", report.dailyAverage().setScale(2, RoundingMode.HALF_UP).toPlainString(),
                        "days", report.days(), "trend", trend, "busiest", busiest))
                .field(messages.get("tx.revenue"), revenue(report), false)
                .image("attachment://chart.png");
        ChartStyle other = style == ChartStyle.BAR ? ChartStyle.LINE : ChartStyle.BAR;
        List<Button> buttons = new ArrayList<>(List.of(
                Button.secondary(id(ComponentAction.STATS_VIEW), messages.get("tx.button.back")),
                Button.secondary(id(ComponentAction.TRANSACTIONS, period, style.code()), messages.get("tx.button.refresh")),
                Button.primary(id(ComponentAction.TRANSACTIONS, period, other.code()),
                        messages.get(other == ChartStyle.BAR ? "tx.button.bar" : "tx.button.line"))));
        // The current period is left out: its id would be Refresh's, and ids are unique within a message.
        PERIODS.stream().filter(days -> !(lastDays && days == report.days())).forEach(days -> buttons.add(
                Button.secondary(id(ComponentAction.TRANSACTIONS, Integer.toString(days), style.code()),
                        messages.get("tx.button.days", "days", days))));
        buttons.add(Button.secondary(id(ComponentAction.TX_RANGE, style.code()), messages.get("tx.button.range")));
        return Reply.privateEmbed(embed.build(), Rows.of(buttons, 2)).withFile(new NamedFile("chart.png", png));
    }

    /** One line per payment method and currency, then the keys no recorded sale accounts for. */
    private String revenue(TransactionReport report) {
        List<String> lines = new ArrayList<>();
        for (RevenueLine line : report.revenue()) {
            lines.add(messages.get("tx.revenue.line", "method", line.method(),
                    "amount", line.amount().map(Money::display).orElse(messages.get("tx.revenue.unpriced")),
                    "sales", line.sales(), "keys", line.keys()));
        }
        if (lines.isEmpty()) {
            lines.add(messages.get("tx.revenue.none"));
        }
        if (report.unrecordedKeys() > 0) {
            lines.add(messages.get("tx.revenue.unrecorded", "count", report.unrecordedKeys()));
        }
        return String.join("\n", lines);
    }

    /** The custom range modal: first and last day, prefilled with the period on screen. */
    public Modal rangeModal(ChartStyle style, LocalDate from, LocalDate to) {
        return Modal.create(id(ComponentAction.TX_RANGE_MODAL, style.code()),
                SafeEmbed.truncate(messages.get("tx.range.title"), Modal.MAX_TITLE_LENGTH))
                .addComponents(
                        Label.of(SafeEmbed.truncate(messages.get("tx.range.from"), Label.LABEL_MAX_LENGTH),
                                TextInput.create(RANGE_FROM, TextInputStyle.SHORT).setRequiredRange(10, 10)
                                        .setValue(from.toString()).build()),
                        Label.of(SafeEmbed.truncate(messages.get("tx.range.to"), Label.LABEL_MAX_LENGTH),
                                TextInput.create(RANGE_TO, TextInputStyle.SHORT).setRequiredRange(10, 10)
                                        .setValue(to.toString()).build()))
                .build();
    }

    /** A page of keys, masked, with type and status filters and paging. */
    public Reply keys(KeyPage page, String type, String status) {
        SafeEmbed embed = SafeEmbed.create().title(messages.get("keys.title")).color(BuyerViews.BRAND);
        String filter = messages.get("keys.filter", "type", ALL.equals(type) ? messages.get("keys.filter.all") : type,
                "status", ALL.equals(status) ? messages.get("keys.filter.all") : status);
        String lines = page.items().isEmpty() ? messages.get("keys.none")
                : page.items().stream().map(this::keyLine).collect(Collectors.joining("\n"));
        embed.description(filter + "\n\n" + lines)
                .footer(messages.get("keys.page", "page", page.page() + 1, "pages", page.pageCount(), "total", page.total()));
        // "All" and every type as buttons while they fit one row; else a menu of the types (up to 25, as
        // many as a shop may configure) and "All types" beside the paging buttons: no type is left out.
        boolean typeMenu = types.all().size() + 1 > Rows.PER_ROW;
        List<Button> typeButtons = new ArrayList<>();
        if (!typeMenu) {
            typeButtons.add(filterButton(ALL, status, 't', messages.get("keys.filter.all"), ALL.equals(type)));
            types.all().forEach(t -> typeButtons.add(filterButton(t.code().value(), status, 't',
                    t.displayName(), t.code().value().equals(type))));
        }
        List<Button> statusButtons = new ArrayList<>();
        statusButtons.add(filterButton(type, ALL, 's', messages.get("keys.filter.all"), ALL.equals(status)));
        STATUS_FILTERS.forEach(s -> statusButtons.add(filterButton(type, s.wireName(), 's',
                messages.get("keys.status." + s.wireName()), s.wireName().equals(status))));
        int current = page.page();
        List<Button> nav = new ArrayList<>(List.of(
                Button.secondary(id(ComponentAction.KEYS_PAGE, type, status, pageArg('p', Math.max(0, current - 1))),
                        messages.get("keys.button.previous")).withDisabled(current == 0),
                Button.secondary(id(ComponentAction.KEYS_PAGE, type, status, pageArg('n', current + 1)),
                        messages.get("keys.button.next")).withDisabled(current + 1 >= page.pageCount())));
        if (typeMenu) {
            nav.add(filterButton(ALL, status, 't', messages.get("keys.filter.alltypes"), ALL.equals(type)));
        }
        nav.add(Button.secondary(id(ComponentAction.STATS_VIEW), messages.get("tx.button.back")));
        List<MessageTopLevelComponent> rows = new ArrayList<>();
        if (typeMenu) {
            rows.add(ActionRow.of(typeFilterMenu(type, status)));
        }
        rows.addAll(Rows.of(typeButtons, 1));
        rows.addAll(Rows.of(statusButtons, 1));
        rows.addAll(Rows.of(nav, 1));
        return Reply.privateEmbed(embed.build(), rows);
    }

    /** Search results, masked, with Back and New Search. */
    public Reply search(String typed, List<LicenseKey> found) {
        // Any visible character may be part of a key: the fragment is echoed, not read as markdown.
        String fragment = EchoedText.of(typed.strip(), EchoedText.NAME);
        String lines = found.isEmpty() ? messages.get("search.none", "fragment", fragment)
                : found.stream().map(key -> messages.get("search.line", "key", key.code().masked(),
                        "type", key.type(), "status", key.status().wireName(), "holder", holder(key),
                        "expires", key.expiresAt() == null ? "" : messages.get("search.expires",
                                "expiresAt", key.expiresAt()))).collect(Collectors.joining("\n"));
        return Reply.privateEmbed(SafeEmbed.create().title(messages.get("search.title", "fragment", fragment))
                .description(lines).color(BuyerViews.BRAND).build(), Rows.of(List.of(
                Button.secondary(id(ComponentAction.STATS_VIEW), messages.get("tx.button.back")),
                Button.primary(id(ComponentAction.STATS_SEARCH), messages.get("search.button.new"))), 1));
    }

    /** A user's licenses, masked. */
    public Reply lookup(String user, List<LicenseKey> keys) {
        String lines = keys.isEmpty() ? messages.get("lookup.none", "user", user)
                : keys.stream().map(this::keyLine).collect(Collectors.joining("\n"));
        return Reply.privateEmbed(SafeEmbed.create().title(messages.get("lookup.title", "user", "<@" + user + ">"))
                .description(lines).color(BuyerViews.BRAND).build(), List.of());
    }

    private String keyLine(LicenseKey key) {
        return messages.get("keys.line", "key", key.code().masked(), "type", key.type(),
                "status", key.status().wireName(), "holder", holder(key));
    }

    private String holder(LicenseKey key) {
        return Optional.ofNullable(key.holder()).or(() -> Optional.ofNullable(key.requestedBy()))
                .map(h -> messages.get("keys.holder", "holder", h)).orElse("");
    }

    /** Every type as an option, the one filtered on shown as chosen. */
    private StringSelectMenu typeFilterMenu(String type, String status) {
        StringSelectMenu.Builder menu = StringSelectMenu.create(id(ComponentAction.KEYS_TYPE, status))
                .setPlaceholder(SafeEmbed.truncate(messages.get("keys.filter.type"), SelectMenu.PLACEHOLDER_MAX_LENGTH));
        types.all().forEach(t -> menu.addOptions(SelectOption.of(
                SafeEmbed.truncate(t.displayName(), SelectOption.LABEL_MAX_LENGTH), t.code().value())
                .withDefault(t.code().value().equals(type))));
        return menu.build();
    }

    private static Button filterButton(String type, String status, char tag, String label, boolean selected) {
        String encoded = id(ComponentAction.KEYS_PAGE, type, status, pageArg(tag, 0));
        Button button = selected ? Button.primary(encoded, label) : Button.secondary(encoded, label);
        return button.withDisabled(selected);
    }

    private static String lineList(List<Integer> lines) {
        return lines.isEmpty() ? "\u2014" : SafeEmbed.truncate(join(lines), SafeEmbed.FIELD_VALUE_MAX);
    }

    private static String join(List<Integer> lines) {
        return lines.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static String id(ComponentAction action, String... args) {
        return ComponentId.of(action, args).encode();
    }
}
