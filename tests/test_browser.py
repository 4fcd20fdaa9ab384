"""Open a generated report in headless Chromium with the network cut off and check what it does.

Driven through the Chrome DevTools Protocol over ``websocket-client`` (a small
hand-written client: no browser-automation library is installed). The report is built
from the bundled sample plus a page whose title and quote carry HTML injections.
"""

from __future__ import annotations

import itertools
import json
import subprocess
import tempfile
import time
import urllib.request
from base64 import b64decode
from pathlib import Path

import pytest

from test_report import template_charts
from workbench import report

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
REPORT_CHARTS = template_charts()

INJECTED_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>Ministers meet &lt;script&gt;document.title='pwned';window.wbPwned=1&lt;/script&gt;</title>
<meta property="og:title" content="Ministers meet &lt;script&gt;document.title='pwned';window.wbPwned=1&lt;/script&gt;">
<meta property="article:published_time" content="2004-07-30T10:00:00">
<meta property="og:site_name" content="Example &lt;img src=x onerror=&quot;window.wbPwned=2&quot;&gt; News">
</head><body><article>
<h1>Ministers meet &lt;script&gt;document.title='pwned';window.wbPwned=1&lt;/script&gt;</h1>
<p>Defence ministers from the alliance met in Brussels on Friday to discuss the training mission in Iraq,
which officials expect to begin in early August.</p>
<p>"We will send &lt;img src=x onerror="window.wbPwned=3"&gt; trainers as soon as possible," said Jaap de Hoop Scheffer,
the NATO Secretary General, after the meeting in Brussels.</p>
<p>French officials said they would not block the mission but wanted it kept apart from the U.S.-led coalition.</p>
</article></body></html>
"""


class DevTools:
    """The few Chrome DevTools Protocol calls this test needs, over one page's websocket."""

    def __init__(self, websocket_url: str):
        import websocket

        self.socket = websocket.create_connection(websocket_url, timeout=60, suppress_origin=True)
        self.ids = itertools.count(1)
        self.events: list[dict] = []

    def call(self, method: str, **params) -> dict:
        call_id = next(self.ids)
        self.socket.send(json.dumps({"id": call_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == call_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message["result"]
            self.events.append(message)

    def evaluate(self, expression: str):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 60) -> object:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = self.evaluate(expression)
            if value:
                return value
            time.sleep(0.2)
        raise TimeoutError(expression)

    def close(self) -> None:
        self.socket.close()


def _start_chromium(profile: str, *, loopback: bool = False) -> tuple[subprocess.Popen, str]:
    """Headless Chromium without network access, and the websocket URL of its page.

    With ``loopback`` its dead proxy is bypassed for 127.0.0.1, for a server the test starts.
    """
    command = report.chromium_command(
        "--remote-debugging-port=0", "--window-size=1280,900", "about:blank", user_data_dir=profile
    )
    if loopback:
        command = ["--proxy-bypass-list=127.0.0.1" if flag.startswith("--proxy-bypass-list=") else flag for flag in command]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    port_file = Path(profile) / "DevToolsActivePort"
    deadline = time.monotonic() + 60
    while not (port_file.is_file() and port_file.read_text().count("\n") >= 1):
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise RuntimeError(f"Chromium did not start: {command}")
        time.sleep(0.1)
    port = port_file.read_text().split()[0]
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=30) as response:
        pages = [t for t in json.load(response) if t["type"] == "page"]
    return process, pages[0]["webSocketDebuggerUrl"]


@pytest.fixture(scope="module")
def report_html(tmp_path_factory) -> Path:
    import workbench as wb

    folder = tmp_path_factory.mktemp("report")
    injected = folder / "injected.html"
    injected.write_text(INJECTED_PAGE, encoding="utf-8")
    return report.build_report([str(wb.samples_dir()), str(injected)], folder / "report.html")


@pytest.fixture(scope="module")
def page(report_html):
    report.find_chromium()  # fails saying how to install it, when it is missing
    # Chromium's helper processes may still write to the profile as the browser exits; a
    # profile left behind in the temporary folder is harmless, a failed teardown is not.
    with tempfile.TemporaryDirectory(prefix="workbench-test-chromium-", ignore_cleanup_errors=True) as profile:
        process, websocket_url = _start_chromium(profile)
        tools = DevTools(websocket_url)
        try:
            for domain in ("Page", "Runtime", "Log", "Network"):
                tools.call(f"{domain}.enable")
            tools.call("Page.navigate", url=report_html.resolve().as_uri())
            tools.wait_for("document.readyState === 'complete'")
            tools.wait_for(
                f"document.querySelectorAll('.wb-chart .vega-embed svg.marks').length"
                f" + document.querySelectorAll('.wb-chart[data-error]').length >= {REPORT_CHARTS}"
            )
            yield tools
        finally:
            tools.close()
            process.terminate()
            process.wait(timeout=30)


def test_chromium_is_installed():
    assert Path(report.find_chromium()).is_file()


def test_every_chart_renders_interactively(page):
    assert page.evaluate("document.querySelectorAll('.wb-chart').length") == REPORT_CHARTS
    assert page.evaluate("document.querySelectorAll('.wb-chart .vega-embed svg.marks').length") == REPORT_CHARTS
    assert page.evaluate("document.querySelectorAll('.wb-chart[data-error]').length") == 0
    # vegaEmbed replaced every static SVG fallback.
    assert page.evaluate("document.querySelectorAll('.wb-chart-static').length") == 0
    assert page.evaluate("(window.wbViews || []).length") == REPORT_CHARTS


def test_no_script_error_and_no_network_request(page):
    time.sleep(0.5)
    page.evaluate("1")  # drain pending events
    exceptions = [e for e in page.events if e.get("method") == "Runtime.exceptionThrown"]
    console_errors = [
        e for e in page.events
        if e.get("method") == "Runtime.consoleAPICalled" and e["params"]["type"] in ("error", "assert")
    ]
    log_errors = [e for e in page.events if e.get("method") == "Log.entryAdded" and e["params"]["entry"]["level"] == "error"]
    assert exceptions == [] and console_errors == [] and log_errors == []
    requested = [e["params"]["request"]["url"] for e in page.events if e.get("method") == "Network.requestWillBeSent"]
    assert requested, "the page load itself is seen"
    assert all(url.startswith(("file:", "data:", "about:")) for url in requested), requested


def test_injected_markup_does_not_execute(page):
    assert page.evaluate("document.title") == report.REPORT_TITLE
    assert page.evaluate("typeof window.wbPwned") == "undefined"
    text = page.evaluate("document.body.innerText")
    assert "<script>document.title='pwned'" in text, "the injected title is shown as text"
    assert page.evaluate("document.querySelectorAll('img[src=\"x\"]').length") == 0


def test_tooltips_escape_html(page):
    shown = page.evaluate(
        """(() => {
          const view = window.wbViews[0];
          const handler = view.tooltip();
          handler(view, new MouseEvent('mousemove', {clientX: 40, clientY: 40}), {},
                  {Quote: '<img src=x onerror="window.wbPwned=4">'});
          const box = document.getElementById('vg-tooltip-element');
          const shown = {html: box.innerHTML, images: box.querySelectorAll('img').length};
          handler(view, new MouseEvent('mousemove'), {}, undefined);  // hide it again
          return shown;
        })()"""
    )
    assert shown["images"] == 0
    assert "&lt;img" in shown["html"]
    assert page.evaluate("typeof window.wbPwned") == "undefined"


def test_quotes_table_filter(page):
    total = page.evaluate("document.querySelectorAll('#wb-quotes tbody tr').length")
    assert total > 1
    visible = page.evaluate(
        """(() => {
          const input = document.getElementById('wb-quote-filter');
          input.value = 'Scheffer';
          input.dispatchEvent(new Event('input'));
          return [...document.querySelectorAll('#wb-quotes tbody tr')].filter(r => !r.hidden).length;
        })()"""
    )
    assert 0 < visible < total
    page.evaluate("(() => { const i = document.getElementById('wb-quote-filter'); i.value = ''; i.dispatchEvent(new Event('input')); })()")


def test_screenshot_is_saved(page):
    height = page.evaluate("Math.ceil(document.documentElement.scrollHeight)")
    page.call("Emulation.setDeviceMetricsOverride", width=1280, height=min(height, 16000), deviceScaleFactor=1, mobile=False)
    shot = page.call("Page.captureScreenshot", format="png", captureBeyondViewport=True)
    ARTIFACTS.mkdir(exist_ok=True)
    png = ARTIFACTS / "report.png"
    png.write_bytes(b64decode(shot["data"]))
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 20_000


def test_pdf_is_printed(report_html, tmp_path):
    pdf = report.print_pdf(report_html, tmp_path / "report.pdf")
    data = pdf.read_bytes()
    assert data[:5] == b"%PDF-"
    assert data.count(b"/Type /Page") - data.count(b"/Type /Pages") >= 2
