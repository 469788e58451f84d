package org.awpt.bootstrap.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.awpt.adapters.discord.BotFixture;
import org.awpt.adapters.discord.buyer.BuyerModals;
import org.awpt.adapters.discord.ids.ComponentAction;
import org.awpt.adapters.discord.ids.ComponentId;
import org.awpt.adapters.discord.standin.DiscordStandIn;
import org.awpt.adapters.discord.standin.InjectedInteraction;
import org.awpt.adapters.discord.standin.ModalField;
import org.awpt.adapters.discord.standin.NoDelaySockets;
import org.awpt.adapters.discord.standin.PostedMessage;
import org.awpt.adapters.discord.standin.RecordedCall;
import org.awpt.adapters.discord.standin.StandInFile;
import org.awpt.adapters.discord.standin.StandInGuild;
import org.awpt.adapters.discord.standin.StandInUser;
import org.awpt.adapters.discord.text.Messages;
import org.awpt.adapters.roblox.RobloxWorld;
import org.awpt.application.fake.TestKeys;
import org.awpt.application.inventory.ImportKeys;
import org.awpt.application.inventory.InventoryUseCase;
import org.awpt.application.roblox.GamePassInfo;
import org.awpt.application.roblox.RobloxUser;
import org.awpt.bootstrap.Assembly;
import org.awpt.bootstrap.StandInProduction;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.RobloxUserId;
import org.awpt.domain.access.Requester;
import org.awpt.domain.importing.ImportReport;
import org.awpt.domain.license.LicenseTypeCode;

/**
 * The latency benchmark's driver: the production assembly on the Discord stand-in (SQLite in a folder,
 * Roblox on a MockWebServer that answers after the workload's delay), and simulated buyers, each in their
 * own ticket, who buy weekly licenses by Robux and by a manual payment that the admin approves, one
 * interaction after another as a person would. The figures are the stand-in's own records of when each
 * event left for the bot and when the bot's acknowledgement and answer arrived.
 *
 * <p>The shop's settings differ from the defaults only where a buyer buying again and again would be
 * refused: the renewal window spans a whole license (a buyer may buy while they hold one) and the Roblox
 * budgets are out of reach. Each Robux purchase is made with a fresh Roblox account that owns the gamepass.
 */
public final class SimulatedBuyers implements AutoCloseable {
    /** The weekly gamepass of config.example.json, which the shop is configured with. */
    private static final long WEEKLY_PASS = 1022970504L;
    private static final long MONTHLY_PASS = 1030833419L;
    /** Below the shop's low stock level (10) the bot would alert the admins: stock stays well above it. */
    private static final int SPARE_KEYS = 50;
    private static final Messages MESSAGES = Messages.english();
    private static final byte[] PROOF = BotFixture.PNG;

    private final Workload workload;
    private final DiscordStandIn discord = DiscordStandIn.start();
    private final StandInGuild guild = discord.addGuild("AWPT Shop");
    private final long adminChannel = guild.addTextChannel("admin");
    private final long shopChannel = guild.addTextChannel("shop");
    private final StandInUser admin = member("admin");
    private final RobloxWorld roblox = new RobloxWorld();
    private final MockWebServer robloxServer = new MockWebServer();
    private final AtomicLong nextRobloxAccount = new AtomicLong(1_000_000L);
    private final Assembly shop;
    private final PostedMessage panel;

    private SimulatedBuyers(Workload workload, Path dir) {
        this.workload = workload;
        long ticketCategory = guild.addCategory("tickets");
        long licensedRole = guild.addRole("licensed", 0);
        roblox.add(new GamePassInfo(WEEKLY_PASS, "Donation Awp Party", 2400L, true));
        roblox.add(new GamePassInfo(MONTHLY_PASS, "BIG DONATION AWP MONTH", 8600L, true));
        long delayMillis = workload.robloxDelay().toMillis();
        robloxServer.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return roblox.dispatch(request).newBuilder().headersDelay(delayMillis, TimeUnit.MILLISECONDS).build();
            }
        });
        // Roblox's servers answer without Nagle's 40 ms stall, as the Discord stand-in does.
        robloxServer.setServerSocketFactory(new NoDelaySockets());
        try {
            robloxServer.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> config = StandInProduction.config(discord, new StandInProduction.Places(guild,
                ticketCategory, adminChannel, licensedRole, List.of(admin)), robloxServer.url("/").toString(),
                dir.resolve("data"));
        @SuppressWarnings("unchecked")
        Map<String, Object> shopSettings = (Map<String, Object>) config.get("shop");
        shopSettings.put("renewalWindow", "31d");
        Map<String, Object> unlimited = Map.of("calls", 1_000_000, "per", "1m");
        shopSettings.put("limits", Map.of("robloxCallsPerBuyer", unlimited, "robloxCallsPerShop", unlimited));
        StandInProduction.write(dir, config);
        shop = StandInProduction.start(dir, discord, Clock.systemUTC());
        importKeys();
        discord.awaitAnswered(discord.slashCommand(admin, shopChannel, "panel"));
        panel = discord.awaitMessageIn(shopChannel, message -> hasButton(message, ComponentAction.PANEL_BUY));
    }

    /** Starts the shop for this workload with its data in {@code dir}. */
    public static SimulatedBuyers start(Workload workload, Path dir) {
        return new SimulatedBuyers(workload, dir);
    }

    private StandInUser member(String name) {
        StandInUser user = discord.addUser(name);
        guild.addMember(user);
        return user;
    }

    /** Keys for every purchase the run can make, through the inventory use case as an admin's import. */
    private void importKeys() {
        int purchases = (workload.interactions() + workload.warmUpBuyers() * workload.interactionsOf(0)) / 3
                + workload.buyers() + workload.warmUpBuyers();
        int count = purchases + SPARE_KEYS;
        StringBuilder file = new StringBuilder();
        TestKeys.codes(0, count).forEach(code -> file.append(code.value()).append('\n'));
        ImportReport report = shop.get(InventoryUseCase.class).importKeys(new ImportKeys(
                Requester.of(new DiscordUserId(admin.id())), LicenseTypeCode.WEEKLY,
                file.toString().getBytes(StandardCharsets.UTF_8)));
        if (report.imported() != count) {
            throw new IllegalStateException("imported " + report.imported() + " keys of " + count);
        }
    }

    /**
     * Runs the warm-up buyers, unmeasured, then the measured buyers, all at once each time; returns what the
     * measured ones saw. A buyer whose script cannot go on (an answer it cannot act on) stops, and is listed.
     */
    public Results run() throws InterruptedException {
        if (!workload.conformanceChecks()) {
            discord.skipConformanceChecks();
        }
        if (workload.warmUpBuyers() > 0) {
            Results warmUp = runBuyers(workload.warmUpBuyers(), index -> workload.interactionsOf(0), "warm-up");
            if (!warmUp.failures().isEmpty()) {
                throw new IllegalStateException("the warm-up failed: " + warmUp.failures());
            }
        }
        int callsBefore = discord.calls().size();
        Results measured = runBuyers(workload.buyers(), workload::interactionsOf, "buyer");
        List<Duration> handling = discord.calls().stream().skip(callsBefore).map(RecordedCall::handling).toList();
        return measured.withStandInHandling(handling);
    }

    private Results runBuyers(int count, java.util.function.IntUnaryOperator budget, String name)
            throws InterruptedException {
        List<StandInUser> buyers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            buyers.add(member(name + "-" + i));
        }
        ExecutorService threads = Executors.newFixedThreadPool(count);
        long cpuBefore = processCpuNanos();
        long started = System.nanoTime();
        List<Future<BuyerScript>> scripts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            BuyerScript script = new BuyerScript(buyers.get(i), budget.applyAsInt(i), new Random(31L * i + name.hashCode()));
            scripts.add(threads.submit(() -> {
                script.run();
                return script;
            }));
        }
        threads.shutdown();
        List<LatencySample> samples = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Future<BuyerScript> future : scripts) {
            try {
                BuyerScript script = future.get();
                samples.addAll(script.samples);
                script.failure.ifPresent(failures::add);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("a buyer's thread failed", e.getCause());
            }
        }
        Duration wall = Duration.ofNanos(System.nanoTime() - started);
        Duration cpu = Duration.ofNanos(processCpuNanos() - cpuBefore);
        return new Results(samples, failures, wall, cpu, List.of(), discord.unexpectedCalls().size(),
                discord.unacknowledgedInteractions().size());
    }

    /** CPU time of the whole process (bot, stand-ins and buyers share it). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The Discord stand-in, for the checks a caller makes after the run. */
    public DiscordStandIn discord() {
        return discord;
    }

    /** Requests the Roblox stand-in answered. */
    public long robloxRequests() {
        return robloxServer.getRequestCount();
    }

    @Override
    public void close() {
        try {
            shop.close();
        } finally {
            discord.close();
            robloxServer.close();
        }
    }

    private static boolean hasButton(PostedMessage message, ComponentAction action) {
        return message.customIds().stream().anyMatch(customId -> customId.startsWith("v1:" + action.code()));
    }

    private static String button(PostedMessage message, ComponentAction action) {
        return message.customIds().stream().filter(customId -> customId.startsWith("v1:" + action.code()))
                .findFirst().orElseThrow(() -> new IllegalStateException("no " + action + " button on " + message.json()));
    }

    private String modalId(InjectedInteraction opener) {
        return opener.modal().orElseThrow(() -> new IllegalStateException("no modal for " + opener + ", answered: "
                + discord.answer(opener).map(PostedMessage::visibleText).orElse("nothing"))).path("custom_id").asText();
    }

    /**
     * What the measured buyers saw.
     *
     * @param samples         every interaction, in no particular order
     * @param failures        buyers whose script stopped early, and why
     * @param wall            from the first buyer's start to the last one's end
     * @param cpu             CPU time the whole process spent meanwhile
     * @param standInHandling the Discord stand-in's own time per REST call of the bot during the run
     * @param unexpectedCalls calls outside the stand-in's routes or Discord's description, since the start
     * @param unacknowledged  interactions never acknowledged, since the start
     */
    public record Results(List<LatencySample> samples, List<String> failures, Duration wall, Duration cpu,
            List<Duration> standInHandling, int unexpectedCalls, int unacknowledged) {
        /** Copies the lists. */
        public Results {
            samples = List.copyOf(samples);
            failures = List.copyOf(failures);
            standInHandling = List.copyOf(standInHandling);
        }

        Results withStandInHandling(List<Duration> handling) {
            return new Results(samples, failures, wall, cpu, handling, unexpectedCalls, unacknowledged);
        }

        /** The samples of one kind. */
        public List<LatencySample> of(InteractionKind kind) {
            return samples.stream().filter(sample -> sample.kind() == kind).toList();
        }

        /** Samples whose answer was not the one the script expects, by kind. */
        public Map<InteractionKind, Long> unexpectedAnswers() {
            return samples.stream().filter(sample -> !sample.expected())
                    .collect(Collectors.groupingBy(LatencySample::kind, Collectors.counting()));
        }
    }

    /** One buyer's way through the shop: a ticket, then Robux and manual purchases in turn until the budget is spent. */
    private final class BuyerScript {
        private final StandInUser buyer;
        private final int budget;
        private final Random random;
        private final List<LatencySample> samples = new ArrayList<>();
        private java.util.Optional<String> failure = java.util.Optional.empty();

        BuyerScript(StandInUser buyer, int budget, Random random) {
            this.buyer = buyer;
            this.budget = budget;
            this.random = random;
        }

        void run() {
            try {
                InjectedInteraction opened = act(InteractionKind.OPEN_TICKET,
                        () -> discord.buttonClick(buyer, panel, ComponentId.of(ComponentAction.PANEL_BUY).encode()),
                        answer -> answer.visibleText().contains("<#"));
                String text = discord.answer(opened).orElseThrow().visibleText();
                long ticket = Long.parseLong(text.substring(text.indexOf("<#") + 2, text.indexOf('>', text.indexOf("<#"))));
                PostedMessage welcome = discord.awaitMessageIn(ticket,
                        message -> hasButton(message, ComponentAction.PAY_METHOD));
                for (int cycle = 0; more(); cycle++) {
                    if (cycle % 2 == 0) {
                        robux(welcome);
                    } else {
                        manual(welcome);
                    }
                }
            } catch (RuntimeException | AssertionError e) {
                failure = java.util.Optional.of(buyer.username() + " after " + samples.size() + " interactions: " + e);
            }
        }

        private boolean more() {
            return samples.size() < budget;
        }

        private void robux(PostedMessage welcome) {
            InjectedInteraction chosen = act(InteractionKind.CHOOSE_ROBUX, () -> discord.buttonClick(buyer, welcome,
                    ComponentId.of(ComponentAction.PAY_METHOD, "weekly", "robux").encode()),
                    answer -> hasButton(answer, ComponentAction.ROBUX_PURCHASED));
            if (!more()) {
                return;
            }
            PostedMessage instructions = discord.answer(chosen).orElseThrow();
            // The buyer buys the gamepass with a new Roblox account (one purchase, one instance).
            long account = nextRobloxAccount.getAndIncrement();
            String name = "Buyer" + account;
            roblox.add(new RobloxUser(new RobloxUserId(account), name, name, false));
            roblox.own(account, WEEKLY_PASS, 5_000_000_000L + account);
            InjectedInteraction purchased = act(InteractionKind.OPEN_USERNAME_MODAL, () -> discord.buttonClick(buyer,
                    instructions, button(instructions, ComponentAction.ROBUX_PURCHASED)), null);
            if (!more()) {
                return;
            }
            act(InteractionKind.VERIFY_ROBUX, () -> discord.modalSubmit(buyer, instructions, modalId(purchased),
                    ModalField.text(BuyerModals.ACCOUNT, name)),
                    answer -> answer.visibleText().contains(MESSAGES.get("robux.verified.dm")));
        }

        private void manual(PostedMessage welcome) {
            InjectedInteraction chosen = act(InteractionKind.CHOOSE_MANUAL, () -> discord.buttonClick(buyer, welcome,
                    ComponentId.of(ComponentAction.PAY_METHOD, "weekly", "gcash").encode()),
                    answer -> hasButton(answer, ComponentAction.MANUAL_PAID));
            if (!more()) {
                return;
            }
            PostedMessage details = discord.answer(chosen).orElseThrow();
            InjectedInteraction paid = act(InteractionKind.OPEN_PROOF_MODAL, () -> discord.buttonClick(buyer, details,
                    button(details, ComponentAction.MANUAL_PAID)), null);
            if (!more()) {
                return;
            }
            act(InteractionKind.SUBMIT_PROOF, () -> discord.modalSubmit(buyer, details, modalId(paid),
                    ModalField.text(BuyerModals.METHOD_USED, "GCash"),
                    ModalField.text(BuyerModals.TRANSACTION, "TX-" + buyer.idString() + "-" + samples.size()),
                    ModalField.text(BuyerModals.CONTACT, buyer.username() + "@example.com"),
                    ModalField.text(BuyerModals.NOTES, ""),
                    ModalField.files(BuyerModals.PROOF, new StandInFile("proof.png", "image/png", PROOF))),
                    answer -> answer.visibleText().contains(MESSAGES.get("manual.submitted")));
            if (!more()) {
                return;
            }
            PostedMessage notice = discord.awaitMessageIn(adminChannel, message -> hasButton(message,
                    ComponentAction.PAY_APPROVE) && !message.isDisabled(button(message, ComponentAction.PAY_APPROVE))
                    && message.visibleText().contains(buyer.idString()));
            act(InteractionKind.APPROVE, () -> discord.buttonClick(admin, notice,
                    button(notice, ComponentAction.PAY_APPROVE)),
                    answer -> answer.visibleText().contains("Approved by"));
        }

        /**
         * Pauses as a person would, sends the interaction, waits for the bot's answer and records its times;
         * {@code expected} null means the answer is a modal.
         */
        private InjectedInteraction act(InteractionKind kind, Supplier<InjectedInteraction> send,
                Predicate<PostedMessage> expected) {
            think();
            InjectedInteraction interaction = send.get();
            discord.awaitAnswered(interaction);
            boolean asExpected = expected == null ? interaction.modal().isPresent()
                    : discord.answer(interaction).filter(expected).isPresent();
            samples.add(new LatencySample(kind, interaction.acknowledgedAfter().orElseThrow(),
                    interaction.answeredAfter().orElseThrow(), asExpected));
            return interaction;
        }

        private void think() {
            long mean = workload.thinkTime().toMillis();
            if (mean == 0) {
                return;
            }
            try {
                // A person's pause between clicks: the workload's pacing, not a wait for the bot.
                Thread.sleep((long) (random.nextDouble() * 2 * mean));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }
}
