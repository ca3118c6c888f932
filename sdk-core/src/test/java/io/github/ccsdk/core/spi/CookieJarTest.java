package io.github.ccsdk.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import feign.Headers;
import feign.RequestLine;
import io.github.ccsdk.core.testing.WireServer;
import java.net.CookieManager;
import java.net.CookieStore;
import org.junit.jupiter.api.Test;

class CookieJarTest {
  interface Api {
    @RequestLine("GET /a")
    void a();

    @RequestLine("GET /b")
    @Headers("Cookie: mine=1")
    void withOwnCookie();
  }

  @Test
  void cookiesTheServerSetsAreSentBackFromTheStore() throws Exception {
    try (WireServer server =
        WireServer.start(WireServer.respond(204, null, "", "Set-Cookie", "SID=x1; Path=/"))) {
      CookieStore store = new CookieManager().getCookieStore();
      Api api =
          TestClient.forServer(server)
              .clientDecorator(CookieJar.decorator(store))
              .create(Api.class);

      api.a();
      assertNull(server.takeOnly().header("Cookie"));
      api.a();
      assertEquals("SID=x1", server.takeOnly().header("Cookie"));
      assertEquals("x1", store.getCookies().get(0).getValue());

      api.withOwnCookie();
      assertEquals("mine=1", server.takeOnly().header("Cookie"), "a cookie set by the call wins");
    }
  }

  @Test
  void twoClientsDoNotShareCookies() throws Exception {
    try (WireServer server =
        WireServer.start(WireServer.respond(204, null, "", "Set-Cookie", "SID=x1; Path=/"))) {
      Api first =
          TestClient.forServer(server)
              .clientDecorator(CookieJar.decorator(new CookieManager().getCookieStore()))
              .create(Api.class);
      Api second =
          TestClient.forServer(server)
              .clientDecorator(CookieJar.decorator(new CookieManager().getCookieStore()))
              .create(Api.class);
      first.a();
      second.a();
      assertNull(server.requests().get(1).header("Cookie"));
    }
  }
}
