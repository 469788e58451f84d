package org.awpt.adapters.mongo.contract;

import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.awpt.adapters.mongo.MongoTestServer;

/** The inventory model on the MongoDB named by AWPT_TEST_MONGODB_URI, skipped when it is not set. */
@AddLifecycleHook(RealMongoInventoryStateTest.OnlyWithRealMongo.class)
class RealMongoInventoryStateTest extends MongoInventoryState {
    private static final MongoTestServer MONGO = MongoTestServer.fromEnvironment();

    RealMongoInventoryStateTest() {
        super(MONGO);
    }

    @BeforeContainer
    static void connect() {
        MONGO.start();
    }

    @AfterContainer
    static void disconnect() {
        MONGO.stop();
    }

    /** Skips the properties, saying why, when no real MongoDB is named. */
    static final class OnlyWithRealMongo implements SkipExecutionHook {
        @Override
        public SkipResult shouldBeSkipped(LifecycleContext context) {
            return MongoTestServer.realUri().isPresent() ? SkipResult.doNotSkip()
                    : SkipResult.skip(MongoTestServer.URI_VARIABLE + " is not set: the inventory properties ran on "
                            + "the memory backend only");
        }
    }
}
