"""A chart in a live JupyterLab: ``wb.setup_notebook()`` picks the anywidget renderer and it draws offline.

Starts ``jupyter lab`` on 127.0.0.1 with a token and throwaway config, data, runtime,
settings and workspace folders (announcements, update checks and the PyPI extension
manager off), opens a notebook in headless Chromium through the DevTools protocol
(``test_browser``'s hand-written client), runs its cells with JupyterLab's own
"run all" command and checks that the chart drew inside the widget and that the page
asked nothing of any host but that server.
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import NamedTuple

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_notebook

from test_browser import DevTools, _start_chromium
from workbench import report

pytestmark = pytest.mark.browser

NOTEBOOK = new_notebook(
    cells=[
        new_code_cell("import workbench as wb\nfrom workbench import charts\n\nwb.setup_notebook()"),
        new_code_cell("corpus = wb.load(wb.samples_dir(), nlp=False, progress=False)\ncharts.articles_over_time(corpus)"),
    ],
    metadata={"kernelspec": {"name": "python3", "language": "python", "display_name": "Python 3 (ipykernel)"}},
)
# The notebook panel, found among the main area's widgets (shell.currentWidget needs window focus).
PANEL = "Array.from(window.jupyterapp.shell.widgets('main')).find(w => w.sessionContext)"
CHART = ".jp-OutputArea-output .vega-embed svg.marks"
ERROR_OUTPUT = '.jp-OutputArea-output[data-mime-type*="error"], .jp-OutputArea-output[data-mime-type*="stderr"]'


class Lab(NamedTuple):
    url: str
    token: str
    log: Path


def _wait_for_server(process: subprocess.Popen, runtime: Path, token: str, log: Path, timeout: float = 60) -> str:
    """The server's base URL, once its runtime info file names a port and /api/status answers."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"jupyter lab exited with {process.returncode}:\n{log.read_text()[-3000:]}")
        for info_file in runtime.glob("jpserver-*.json"):
            try:
                url = f"http://127.0.0.1:{json.loads(info_file.read_text())['port']}/"
                with urllib.request.urlopen(f"{url}api/status?token={token}", timeout=5) as response:
                    if response.status == 200:
                        return url
            except (OSError, ValueError, KeyError):  # the file is half written, or the server not listening yet
                pass
        time.sleep(0.2)
    raise TimeoutError(f"jupyter lab did not answer within {timeout} s:\n{log.read_text()[-3000:]}")


@pytest.fixture(scope="module")
def lab():
    """A JupyterLab on 127.0.0.1 serving a folder that holds the test notebook as ``chart.ipynb``."""
    token = secrets.token_hex(16)
    with tempfile.TemporaryDirectory(prefix="workbench-test-lab-") as tmp:
        root = Path(tmp)
        (root / "work").mkdir()
        nbformat.write(NOTEBOOK, root / "work" / "chart.ipynb")
        env = {
            **os.environ,
            "JUPYTER_CONFIG_DIR": str(root / "config"),
            "JUPYTER_DATA_DIR": str(root / "data"),
            "JUPYTER_RUNTIME_DIR": str(root / "runtime"),
            "JUPYTERLAB_SETTINGS_DIR": str(root / "settings"),
            "JUPYTERLAB_WORKSPACES_DIR": str(root / "workspaces"),
            "IPYTHONDIR": str(root / "ipython"),
        }
        command = [
            sys.executable, "-m", "jupyterlab", "--no-browser", "--allow-root", "--ip=127.0.0.1", "--port=0",
            f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={root / 'work'}",
            # window.jupyterapp, the hook JupyterLab offers its own browser tests, to run the cells.
            "--LabApp.expose_app_in_browser=True",
            "--LabApp.news_url=None", "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
            "--LabApp.extension_manager=readonly", "--KernelManager.transport_encryption=auto",
        ]
        log = root / "lab.log"
        with log.open("wb") as output:
            process = subprocess.Popen(command, env=env, stdin=subprocess.DEVNULL, stdout=output, stderr=subprocess.STDOUT)
        url = None
        try:
            url = _wait_for_server(process, root / "runtime", token, log)
            yield Lab(url, token, log)
        finally:
            _stop(process, url, token)


def _stop(process: subprocess.Popen, url: str | None, token: str) -> None:
    """Stop the server through /api/shutdown, which shuts its kernels down first; kill it if that fails."""
    if url and process.poll() is None:
        request = urllib.request.Request(f"{url}api/shutdown", method="POST", headers={"Authorization": f"token {token}"})
        try:
            urllib.request.urlopen(request, timeout=30).close()
        except OSError:
            pass  # the server may close the connection as it stops
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=30)


@pytest.fixture(scope="module")
def notebook_page(lab):
    """The notebook opened in Chromium, its cells run until the chart (or an error) is shown."""
    report.find_chromium()  # fails saying how to install it, when it is missing
    # Chromium's helper processes may still write to the profile as the browser exits; a
    # profile left behind in the temporary folder is harmless, a failed teardown is not.
    with tempfile.TemporaryDirectory(prefix="workbench-test-chromium-", ignore_cleanup_errors=True) as profile:
        process, websocket_url = _start_chromium(profile, loopback=True)
        tools = DevTools(websocket_url)
        try:
            for domain in ("Page", "Runtime", "Log", "Network"):
                tools.call(f"{domain}.enable")
            tools.call("Page.navigate", url=f"{lab.url}lab/tree/chart.ipynb?token={lab.token}")
            tools.wait_for(
                f"(() => {{ const panel = window.jupyterapp && {PANEL}; const session = panel && panel.sessionContext.session;"
                " return !!(session && session.kernel && session.kernel.status === 'idle' && panel.content.widgets.length === 2); })()",
                timeout=90,
            )
            ran = tools.evaluate(
                f"(() => {{ const panel = {PANEL}; window.jupyterapp.shell.activateById(panel.id);"
                " return window.jupyterapp.commands.execute('notebook:run-all-cells'); })()"
            )
            assert ran is True, f"run-all-cells returned {ran!r}; server log:\n{lab.log.read_text()[-3000:]}"
            # Until the chart is drawn, an error is shown or the page reaches past the server;
            # on a timeout the tests below say which part is missing.
            finished = f"document.querySelectorAll('{CHART}, {ERROR_OUTPUT}').length > 0"
            deadline = time.monotonic() + 60
            while not (tools.evaluate(finished) or _beyond_the_server(_requests(tools.events), lab)):
                if time.monotonic() > deadline:
                    break
                time.sleep(0.2)
            yield tools
        finally:
            tools.close()
            process.terminate()
            process.wait(timeout=30)


def _requests(events: list[dict]) -> list[str]:
    """URLs the page requested or opened a websocket to."""
    return [e["params"]["request"]["url"] for e in events if e.get("method") == "Network.requestWillBeSent"] + [
        e["params"]["url"] for e in events if e.get("method") == "Network.webSocketCreated"
    ]


def _beyond_the_server(urls: list[str], lab: Lab) -> list[str]:
    # anywidget imports the widget's code from a blob: URL it makes from the bundled source.
    local = (lab.url, lab.url.replace("http://", "ws://", 1), f"blob:{lab.url}", "data:")
    return [url for url in urls if not url.startswith(local)]


def _outputs(page: DevTools) -> list[dict]:
    return page.evaluate(
        "[...document.querySelectorAll('.jp-OutputArea-output')]"
        ".map(o => ({mime: o.dataset.mimeType || null, text: o.innerText}))"
    )


def test_setup_notebook_picks_the_widget_renderer_in_jupyterlab(notebook_page):
    outputs = _outputs(notebook_page)
    assert [o["mime"] for o in outputs] == ["text/plain", None], outputs  # a repr, then a widget view
    assert notebook_page.evaluate(f"document.querySelectorAll('{ERROR_OUTPUT}').length") == 0
    assert outputs[0]["text"] == "'jupyter'"
    # Not the static-SVG fallback of the "workbench-html" renderer.
    assert notebook_page.evaluate("document.querySelectorAll('.wb-chart, .wb-chart-static').length") == 0


def test_the_chart_draws_in_the_widget(notebook_page):
    assert notebook_page.evaluate(f"document.querySelectorAll('{CHART}').length") == 1
    chart_text = notebook_page.evaluate(f"document.querySelector('{CHART}').textContent")
    assert "Coverage over time" in chart_text and "Articles" in chart_text
    bars = notebook_page.evaluate(f"document.querySelectorAll('{CHART} .mark-rect path').length")
    assert bars > 0


def test_no_script_error_and_no_request_beyond_the_server(notebook_page, lab):
    time.sleep(0.5)
    notebook_page.evaluate("1")  # drain pending events
    events = notebook_page.events
    assert [e for e in events if e.get("method") == "Runtime.exceptionThrown"] == []
    console_errors = [
        e["params"]["args"] for e in events
        if e.get("method") == "Runtime.consoleAPICalled" and e["params"]["type"] in ("error", "assert")
    ]
    assert console_errors == []
    requested = _requests(events)
    assert any("/api/kernels/" in url for url in requested), "the kernel's websocket is seen"
    assert _beyond_the_server(requested, lab) == []
