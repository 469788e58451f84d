package org.awpt.adapters.discord.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.modals.Modal;
import org.awpt.adapters.discord.chart.ChartStyle;
import org.awpt.adapters.discord.export.ExportTables;
import org.awpt.adapters.discord.ids.ComponentAction;
import org.awpt.adapters.discord.ids.ComponentId;
import org.awpt.adapters.discord.runtime.Ack;
import org.awpt.adapters.discord.runtime.CommandHandler;
import org.awpt.adapters.discord.runtime.ComponentHandler;
import org.awpt.adapters.discord.runtime.DiscordOps;
import org.awpt.adapters.discord.runtime.Invocation;
import org.awpt.adapters.discord.runtime.ModalOpener;
import org.awpt.adapters.discord.runtime.NamedFile;
import org.awpt.adapters.discord.runtime.Reply;
import org.awpt.adapters.discord.runtime.SlashCommands;
import org.awpt.adapters.discord.text.EchoedText;
import org.awpt.adapters.discord.text.SafeEmbed;
import org.awpt.application.inventory.ImportKeys;
import org.awpt.application.inventory.InventoryUseCase;
import org.awpt.application.report.ReportPeriod;
import org.awpt.application.report.SalesReportUseCase;
import org.awpt.application.inventory.KeyExportRow;
import org.awpt.application.inventory.KeyPage;
import org.awpt.application.inventory.RevokeKey;
import org.awpt.application.port.KeyFilter;
import org.awpt.application.port.KeyScan;
import org.awpt.application.robux.PayoutCycle;
import org.awpt.application.robux.ResetPayoutCycle;
import org.awpt.application.robux.RobuxPurchaseUseCase;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.InvalidInputException;
import org.awpt.domain.access.Requester;
import org.awpt.domain.importing.ImportLimits;
import org.awpt.domain.importing.ImportTooLargeException;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.KeyStatus;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseTypeCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /license import|view|search|revoke|lookup|robux-reset} and the buttons of its views
 * (statistics, transactions, all keys, search, export). Every call goes through a use case (the
 * inventory, or Robux purchases for {@code robux-reset}) that refuses anyone but admins.
 */
public final class LicenseCommand implements CommandHandler, ComponentHandler {
    private static final Logger LOG = LoggerFactory.getLogger(LicenseCommand.class);

    /** Field of the search modal. */
    public static final String FRAGMENT = "fragment";

    private final InventoryUseCase inventory;
    private final SalesReportUseCase reports;
    private final RobuxPurchaseUseCase robux;
    private final ImportLimits importLimits;
    private final DiscordOps ops;
    private final AdminViews views;

    /** The command over the inventory, its reports and Robux purchases. */
    public LicenseCommand(InventoryUseCase inventory, SalesReportUseCase reports, RobuxPurchaseUseCase robux,
            ImportLimits importLimits, DiscordOps ops, AdminViews views) {
        this.inventory = Objects.requireNonNull(inventory, "inventory");
        this.reports = Objects.requireNonNull(reports, "reports");
        this.robux = Objects.requireNonNull(robux, "robux");
        this.importLimits = Objects.requireNonNull(importLimits, "importLimits");
        this.ops = Objects.requireNonNull(ops, "ops");
        this.views = Objects.requireNonNull(views, "views");
    }

    @Override
    public String name() {
        return SlashCommands.LICENSE;
    }

    @Override
    public Set<ComponentAction> actions() {
        return Set.of(ComponentAction.STATS_VIEW, ComponentAction.STATS_EXPORT, ComponentAction.SEARCH_MODAL,
                ComponentAction.TRANSACTIONS, ComponentAction.TX_RANGE_MODAL, ComponentAction.KEYS_PAGE,
                ComponentAction.KEYS_TYPE);
    }

    /** The modal of the Custom range button, prefilled with the last 30 days. */
    public ModalOpener rangeModal() {
        return opener(ComponentAction.TX_RANGE, id -> {
            ReportPeriod month = reports.lastDays(30);
            return views.rangeModal(ChartStyle.fromCode(id.arg(0)), month.from(), month.to());
        });
    }

    /** The modal of the Search button. */
    public ModalOpener searchModal() {
        return opener(ComponentAction.STATS_SEARCH, id -> searchModalFor());
    }

    private static ModalOpener opener(ComponentAction action, Function<ComponentId, Modal> modal) {
        return new ModalOpener() {
            @Override
            public Set<ComponentAction> actions() {
                return Set.of(action);
            }

            @Override
            public Modal open(ComponentId id, Invocation invocation) {
                return modal.apply(id);
            }
        };
    }

    @Override
    public Ack ack(ComponentId id) {
        return id.action() == ComponentAction.STATS_EXPORT ? Ack.REPLY_PRIVATE : Ack.EDIT;
    }

    @Override
    public Reply handle(Invocation invocation) {
        Requester admin = invocation.requester();
        return switch (invocation.subcommand()) {
            case "license/import" -> importKeys(invocation);
            case "license/view" -> view(invocation);
            case "license/search" -> search(admin, invocation.value("search_key").orElse(""));
            case "license/revoke" -> revoke(invocation);
            case "license/lookup" -> {
                String user = invocation.value("user")
                        .orElseThrow(() -> new InvalidInputException("user", "a member of the server"));
                yield views.lookup(user, inventory.lookup(admin, DiscordUserId.parse(user)));
            }
            case "license/robux-reset" -> robuxReset(invocation);
            default -> Reply.privateText(views.messages().get("error.expired"));
        };
    }

    @Override
    public Reply handle(ComponentId id, Invocation invocation) {
        Requester admin = invocation.requester();
        return switch (id.action()) {
            case STATS_VIEW -> views.statistics(inventory.statistics(admin));
            case STATS_EXPORT -> export(admin, KeyFilter.ALL);
            case SEARCH_MODAL -> search(admin, invocation.value(FRAGMENT).orElse(""));
            case TRANSACTIONS -> transactions(admin, id.arg(0), ChartStyle.fromCode(id.arg(1)));
            case TX_RANGE_MODAL -> transactions(admin, rangeArg(invocation.value(AdminViews.RANGE_FROM).orElse(""),
                    invocation.value(AdminViews.RANGE_TO).orElse("")), ChartStyle.fromCode(id.arg(0)));
            case KEYS_PAGE -> keys(admin, id.arg(0), id.arg(1), AdminViews.pageOf(id.arg(2)));
            case KEYS_TYPE -> keys(admin, invocation.value(Invocation.CHOSEN).orElse(AdminViews.ALL), id.arg(0), 0);
            default -> throw new IllegalArgumentException("not a /license action: " + id);
        };
    }

    private Modal searchModalFor() {
        return Modal.create(ComponentId.of(ComponentAction.SEARCH_MODAL).encode(),
                SafeEmbed.truncate(views.messages().get("search.modal.title"), Modal.MAX_TITLE_LENGTH))
                .addComponents(Label.of(SafeEmbed.truncate(views.messages().get("search.modal.fragment"),
                        Label.LABEL_MAX_LENGTH), TextInput.create(FRAGMENT, TextInputStyle.SHORT)
                        .setRequiredRange(3, KeyCode.MAX_LENGTH).build()))
                .build();
    }

    private Reply importKeys(Invocation invocation) {
        LicenseTypeCode type = type(invocation.value("type").orElse(""));
        Invocation.AttachmentRef file = invocation.attachments().stream().findFirst()
                .orElseThrow(() -> new InvalidInputException("file", views.messages().get("import.nofile")));
        if (file.size() > importLimits.maxBytes()) {
            throw new ImportTooLargeException("bytes", file.size(), importLimits.maxBytes());
        }
        byte[] bytes = ops.download(file.url(), importLimits.maxBytes());
        if (bytes.length > importLimits.maxBytes()) {
            throw new ImportTooLargeException("bytes", bytes.length, importLimits.maxBytes());
        }
        return views.importReport(inventory.importKeys(new ImportKeys(invocation.requester(), type, bytes)));
    }

    private Reply view(Invocation invocation) {
        Requester admin = invocation.requester();
        Reply view = switch (invocation.value("view_type").orElse("statistics")) {
            case "transactions" -> transactions(admin, "7", ChartStyle.BAR);
            case "keys" -> keys(admin, AdminViews.ALL, AdminViews.ALL, 0);
            default -> views.statistics(inventory.statistics(admin));
        };
        if (invocation.value("export").map(Boolean::parseBoolean).orElse(false)) {
            view = view.withFile(exportFile(admin, KeyFilter.ALL));
        }
        return view;
    }

    private Reply keys(Requester admin, String type, String status, int page) {
        KeyFilter filter = KeyFilter.of(AdminViews.ALL.equals(type) ? null : type(type),
                AdminViews.ALL.equals(status) ? null : status(status));
        KeyPage shown = inventory.listKeys(admin, filter, page, AdminViews.PAGE_SIZE);
        if (shown.items().isEmpty() && page > 0 && page >= shown.pageCount()) {
            shown = inventory.listKeys(admin, filter, shown.pageCount() - 1, AdminViews.PAGE_SIZE);
        }
        return views.keys(shown, type, status);
    }

    private Reply search(Requester admin, String fragment) {
        return views.search(fragment, inventory.search(admin, fragment));
    }

    private Reply revoke(Invocation invocation) {
        KeyCode code = KeyCode.parse(invocation.value("key").orElse(""))
                .orElseThrow(() -> new InvalidInputException("license key", KeyCode.FORM_DESCRIPTION));
        String reason = invocation.value("reason").orElse("");
        LicenseKey revoked = inventory.revoke(new RevokeKey(invocation.requester(), code, reason));
        return Reply.privateText(views.messages().get("revoke.done", "key", revoked.code().masked(),
                "reason", EchoedText.of(revoked.revokeReason(), EchoedText.REASON)));
    }

    private Reply robuxReset(Invocation invocation) {
        PayoutCycle cycle = robux.resetCycle(new ResetPayoutCycle(invocation.requester(),
                invocation.value("user").orElse(""), gamePassId(invocation.value("gamepass").orElse(""))));
        return Reply.privateText(views.messages().get(cycle.closedNow() ? "robux.reset.done" : "robux.reset.already",
                "roblox", cycle.account().asString(), "gamePassId", cycle.gamePassId(), "cycle", cycle.open()));
    }

    private static long gamePassId(String raw) {
        try {
            long id = Long.parseLong(raw.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidInputException("gamepass", "a gamepass id (a positive whole number)");
    }

    private Reply export(Requester admin, KeyFilter filter) {
        NamedFile file = exportFile(admin, filter);
        return Reply.privateText(views.messages().get("export.done", "count", rowsIn(file))).withFile(file);
    }

    private NamedFile exportFile(Requester admin, KeyFilter filter) {
        List<KeyExportRow> rows = new ArrayList<>();
        KeyScan scan = inventory.export(admin, filter, rows::add);
        if (!scan.complete()) {
            LOG.warn("Key export left out {} stored rows that cannot be read: {}", scan.unreadable().size(),
                    scan.unreadable());
        }
        return new NamedFile("keys.csv", ExportTables.keys(rows).toBytes());
    }

    private static long rowsIn(NamedFile file) {
        return Math.max(0, new String(file.bytes(), java.nio.charset.StandardCharsets.UTF_8).lines().count() - 1);
    }

    /** The transactions view of a period argument: the last N days, or {@code FROM.TO}. */
    private Reply transactions(Requester admin, String period, ChartStyle style) {
        return views.transactions(reports.transactions(admin, period(period)), period, style);
    }

    private ReportPeriod period(String arg) {
        int dot = arg.indexOf('.');
        if (dot < 0) {
            try {
                return reports.lastDays(Integer.parseInt(arg));
            } catch (NumberFormatException e) {
                throw new InvalidInputException("days", "a whole number of days");
            }
        }
        return new ReportPeriod(day(arg.substring(0, dot), "from"), day(arg.substring(dot + 1), "to"));
    }

    /** The period argument of the two days an admin typed, checked as a period. */
    private static String rangeArg(String from, String to) {
        ReportPeriod period = new ReportPeriod(day(from, "from"), day(to, "to"));
        return period.from() + "." + period.to();
    }

    private static LocalDate day(String raw, String field) {
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "a day written YYYY-MM-DD");
        }
    }

    private static LicenseTypeCode type(String raw) {
        try {
            return new LicenseTypeCode(raw.strip().toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new org.awpt.domain.license.UnknownLicenseTypeException(raw);
        }
    }

    private static KeyStatus status(String raw) {
        try {
            return KeyStatus.fromWireName(raw);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "available, used, requested or revoked");
        }
    }

}
