"""Chart rendering for notebooks, offline: JupyterLab, nbconvert HTML and the report.

``setup_notebook()`` picks one of two Altair renderers:

* ``"jupyter"`` (Altair's anywidget ``JupyterChart``) with ``offline=True``, in a kernel
  started by a Jupyter server (JupyterLab, Notebook) or VS Code: interactive, and the
  JavaScript comes from vl-convert's bundle instead of a CDN;
* ``"workbench-html"`` everywhere else (nbclient, papermill, nbconvert): each chart is a
  static SVG rendered by vl-convert plus a script that swaps it for an interactive
  ``vegaEmbed`` view when the page carries :func:`head_script` (the report puts it in
  its ``<head>`` once). Without that script the SVG stays, so a plain ``jupyter
  nbconvert --to html`` still shows every chart.

Untrusted text stays inert: the spec is embedded as JSON with ``<``, ``>`` and ``&``
escaped, so a ``</script>`` inside a title or quote cannot end the script element, and
tooltips go through an HTML-escaping ``sanitize`` function.
"""

from __future__ import annotations

import functools
import json
import os
import uuid

import altair as alt

from . import charts  # noqa: F401  (registers the "workbench" theme)

HTML_RENDERER = "workbench-html"

# Tooltip text is HTML-escaped before vega-tooltip puts it into the page.
_EMBED_OPTIONS = """{
  renderer: "svg",
  actions: {export: true, source: false, compiled: false, editor: false},
  tooltip: {sanitize: function (value) {
    return String(value).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;").replace(/'/g, "&#39;");
  }}
}"""

_CHART_SCRIPT = """<div class="wb-chart" id="{id}"><div class="wb-chart-static" style="padding-right: 2em">{svg}</div></div>
<script type="text/javascript">
(function () {{
  var element = document.getElementById("{id}");
  var spec = {spec};
  function render() {{
    if (!window.vegaEmbed || !window.wbEmbedOptions) return;
    var target = document.createElement("div");
    element.appendChild(target);
    window.vegaEmbed(target, spec, window.wbEmbedOptions).then(function (result) {{
      var fallback = element.querySelector(".wb-chart-static");
      if (fallback) fallback.remove();
      (window.wbViews = window.wbViews || []).push(result.view);
    }}).catch(function (error) {{
      target.remove();
      element.setAttribute("data-error", String(error));
      console.error("workbench chart failed to render:", error);
    }});
  }}
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", render);
  else render();
}})();
</script>"""


def script_json(value: object) -> str:
    """``value`` as JSON that is safe inside an HTML ``<script>`` element."""
    return json.dumps(value).replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


@functools.cache
def head_script() -> str:
    """One ``<script>`` with Vega, Vega-Lite and vega-embed (vl-convert's offline bundle) and the embed options."""
    import vl_convert as vlc

    bundle = vlc.javascript_bundle().replace("</script", "<\\/script")
    return f'<script type="text/javascript">\n{bundle}\nwindow.wbEmbedOptions = {_EMBED_OPTIONS};\n</script>'


def chart_html(spec: dict) -> str:
    """HTML for one Vega-Lite ``spec``: a static SVG, upgraded to vegaEmbed when the bundle is on the page."""
    import vl_convert as vlc

    # vl-convert sizes the picture with its own font's metrics; a browser drawing the text in
    # a wider font would have the picture cut a legend title short ("Kind of quot"), so the
    # text may spill over its edge instead.
    svg = vlc.vegalite_to_svg(spec).replace("<svg", '<svg style="overflow: visible"', 1)
    return _CHART_SCRIPT.format(id=f"wb-chart-{uuid.uuid4().hex}", svg=svg, spec=script_json(spec))


def html_renderer(spec: dict, **metadata: object) -> dict[str, str]:
    """Altair renderer returning :func:`chart_html` as the ``text/html`` output."""
    title = spec.get("title", {})
    text = title.get("text", "") if isinstance(title, dict) else title
    return {"text/html": chart_html(spec), "text/plain": f"<Chart: {text}>"}


alt.renderers.register(HTML_RENDERER, html_renderer)


def _in_interactive_frontend() -> bool:
    """True in a kernel that a Jupyter server or VS Code started (both render widgets)."""
    try:
        from IPython import get_ipython
    except ImportError:
        return False
    shell = get_ipython()
    has_kernel = shell is not None and getattr(shell, "kernel", None) is not None
    # jupyter_server sets JPY_SESSION_NAME for the kernels it starts; nbclient does not.
    return has_kernel and bool(os.environ.get("JPY_SESSION_NAME") or os.environ.get("VSCODE_PID"))


def setup_notebook(renderer: str = "auto") -> str:
    """Enable an offline chart renderer and the workbench theme; return the renderer's name.

    ``renderer``: ``"auto"`` (``"jupyter"`` in JupyterLab/VS Code, else
    ``"workbench-html"``), ``"jupyter"``, ``"workbench-html"`` or ``"svg"``.
    """
    chosen = ("jupyter" if _in_interactive_frontend() else HTML_RENDERER) if renderer == "auto" else renderer
    if chosen == "jupyter":
        alt.renderers.enable("jupyter", offline=True)
    elif chosen in (HTML_RENDERER, "svg"):
        alt.renderers.enable(chosen)
    else:
        raise ValueError(f"renderer must be 'auto', 'jupyter', {HTML_RENDERER!r} or 'svg', got {renderer!r}")
    alt.theme.enable("workbench")
    return chosen
