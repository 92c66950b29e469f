package vn.lienthong.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.lienthong.GatewayIntegrationTest;
import vn.lienthong.TestUsers;

/**
 * Another site's page cannot make an operator's browser act on the gateway: a page served from another origin
 * auto-submits a form that would pause the portal's delivery, in headless Chromium where the operator has given
 * Basic credentials. Neither the browser's own credential cache (the gateway never asks a browser for Basic
 * credentials) nor Basic credentials the browser does attach make the forged post count.
 */
class CrossSiteFormIT extends GatewayIntegrationTest {

    private static final String ACTION = "/api/systems/dvcqg/pause?what=delivery";

    private HttpServer otherSite;

    @BeforeEach
    void serveTheOtherSite() throws IOException {
        otherSite = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] page = ("<!DOCTYPE html><html><body><form method=\"post\" action=\"http://localhost:" + PORT + ACTION + "\">"
                + "<input name=\"reason\" value=\"free prize\"></form><script>document.forms[0].submit()</script>"
                + "</body></html>").getBytes(StandardCharsets.UTF_8);
        otherSite.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        otherSite.start();
    }

    @AfterEach
    void stopTheOtherSite() {
        otherSite.stop(0);
        jdbc.update("delete from system_pause where system = 'dvcqg' and what = 'delivery'");
    }

    @Test
    void shouldIgnoreAFormFromAnotherSiteAfterTheOperatorOpenedTheApiWithBasicCredentials() throws IOException {
        try (Browser browser = Browser.open(PORT)) {
            browser.driver.get("http://" + TestUsers.OPERATOR + ":" + TestUsers.password(TestUsers.OPERATOR)
                    + "@localhost:" + PORT + "/api/systems");

            submitTheOtherSitesForm(browser);

            assertThat(deliveryPaused()).isFalse();
        }
    }

    @Test
    void shouldRefuseAFormFromAnotherSiteEvenWhenTheBrowserSendsBasicCredentials() throws IOException {
        try (Browser browser = Browser.open(PORT)) {
            // as a browser does with credentials it has cached for the gateway (from a proxy's or an older
            // gateway's challenge): they go with every request to it, whoever's page made the request
            ChromeDriver chromium = (ChromeDriver) browser.driver;
            String credentials = TestUsers.OPERATOR + ":" + TestUsers.password(TestUsers.OPERATOR);
            chromium.executeCdpCommand("Network.enable", Map.of());
            chromium.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))));
            browser.driver.get("http://localhost:" + PORT + "/api/systems");
            assertThat(browser.driver.getPageSource()).as("the browser is logged in").contains("dvcqg");

            submitTheOtherSitesForm(browser);

            assertThat(deliveryPaused()).isFalse();
        }
    }

    /** Opens the other site's page and waits until the gateway's answer to its form has loaded. */
    private void submitTheOtherSitesForm(Browser browser) {
        browser.driver.get("http://127.0.0.1:" + otherSite.getAddress().getPort() + "/");
        browser.until(d -> d.getCurrentUrl().startsWith("http://localhost:" + PORT + "/api/systems/dvcqg/pause")
                && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private boolean deliveryPaused() {
        return jdbc.queryForObject("select count(*) from system_pause where system = 'dvcqg' and what = 'delivery'",
                Integer.class) > 0;
    }
}
