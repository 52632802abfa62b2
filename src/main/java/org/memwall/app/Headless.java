package org.memwall.app;

import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;

/** Starting JavaFX for work that needs no window (screenshots), with or without a display. */
final class Headless {
    private Headless() {
    }

    /** Without a display, the same headless platform the tests use; must run before the toolkit starts. */
    static void useMonocleWithoutDisplay() {
        String display = System.getenv("DISPLAY");
        if (display != null && !display.isBlank()) {
            return;
        }
        System.setProperty("glass.platform", System.getProperty("glass.platform", "Monocle"));
        System.setProperty("monocle.platform", System.getProperty("monocle.platform", "Headless"));
        System.setProperty("prism.order", System.getProperty("prism.order", "sw"));
        System.setProperty("java.awt.headless", "true");
    }

    /** Starts the toolkit unless it is already running; it stays up with no window open. */
    static void startToolkit() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            return;
        }
        started.await();
        Platform.setImplicitExit(false);
    }
}
