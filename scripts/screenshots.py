"""README screenshots: a rendered demo report and its map, in headless Chromium.

    make demo && .venv/bin/python scripts/screenshots.py            # writes docs/img/*.png
    .venv/bin/python scripts/screenshots.py --page reports/x.html --width 375 --out /tmp/x.png

Writes ``docs/img/report.png`` (the top of the demo timeline report at desktop width) and
``docs/img/map.png`` (its map), reduced to 256 colours so they stay small. Needs Debian's
``chromium`` and ``chromium-driver`` and the ``selenium`` package (dev extra).
"""

from __future__ import annotations

import argparse
import base64
import io
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REPORTS = ROOT / "reports"
IMG = ROOT / "docs" / "img"
CHROMIUM = next((p for p in ("/usr/bin/chromium", shutil.which("chromium")) if p), None)
DRIVER = next((p for p in ("/usr/bin/chromedriver", shutil.which("chromedriver")) if p), None)
FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-default-apps",
    "--disable-sync",
)


def browser():
    """Headless Chromium driven by selenium."""
    from selenium import webdriver

    if not (CHROMIUM and DRIVER):
        raise SystemExit("chromium and chromedriver are needed: apt-get install chromium-driver")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    return webdriver.Chrome(options=options, service=webdriver.ChromeService(DRIVER))


def capture(driver, page: Path, width: int, clip: dict | None = None, selector: str = "") -> bytes:
    """A PNG of ``page`` at ``width`` CSS px: the whole page, ``clip`` (x, y, width, height)
    or the element ``selector`` matches."""
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600},
    )
    driver.get(page.resolve().as_uri())
    if selector:
        box = driver.execute_script(
            "const r = document.querySelector(arguments[0]).getBoundingClientRect();"
            "return {x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height};",
            selector,
        )
        clip = {k: float(v) for k, v in box.items()}
    if clip is None:
        height = driver.execute_script("return document.documentElement.scrollHeight")
        clip = {"x": 0, "y": 0, "width": width, "height": min(height, 16000)}
    shot = driver.execute_cdp_cmd(
        "Page.captureScreenshot",
        {"format": "png", "captureBeyondViewport": True, "clip": clip | {"scale": 1}},
    )
    return base64.b64decode(shot["data"])


def small_png(png: bytes, width: int | None = None) -> bytes:
    """``png`` reduced to 256 colours (and to ``width`` pixels wide, if given)."""
    from PIL import Image

    image = Image.open(io.BytesIO(png)).convert("RGB")
    if width and image.width > width:
        image = image.resize((width, round(image.height * width / image.width)), Image.LANCZOS)
    out = io.BytesIO()
    image.quantize(colors=256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE).save(
        out, format="PNG", optimize=True
    )
    return out.getvalue()


def readme_images(reports: Path = REPORTS, folder: Path = IMG) -> list[Path]:
    """``docs/img/report.png`` and ``docs/img/map.png`` from the demo timeline report."""
    pages = sorted(reports.glob("timeline_*.html"))
    if not pages:
        raise SystemExit(f"no timeline report in {reports}: run `make demo` first")
    folder.mkdir(parents=True, exist_ok=True)
    driver = browser()
    try:
        top = capture(driver, pages[0], 1000, {"x": 0, "y": 0, "width": 1000, "height": 1150})
        shot = capture(driver, pages[0], 1000, selector="figure.map")
    finally:
        driver.quit()
    written = []
    for name, png, width in (("report.png", top, 800), ("map.png", shot, 760)):
        target = folder / name
        target.write_bytes(small_png(png, width))
        written.append(target)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--page", type=Path, help="screenshot this page instead")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--out", type=Path, default=Path("screenshot.png"))
    args = parser.parse_args()
    if args.page:
        driver = browser()
        try:
            args.out.write_bytes(capture(driver, args.page, args.width))
        finally:
            driver.quit()
        print(args.out)
        return
    for path in readme_images():
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
