// Injected by scripts/report.mjs into the report's index.html: two corrections to what Allure 3.18 shows a reviewer.
//
// The report opens on its title, which leads with the run's verdict. Allure 3.18's tree marks its first entry as
// focused once it renders and scrolls its pane (the element marked data-tree-scroll-container, which in the default
// layout holds the whole page, title included) to centre that entry (scrollFocusIntoView in @allurereport/web-commons'
// treeNavigation/scrollTreeFocus.js). At window heights of 720 or 768 pixels that scrolls the title out of view. No
// allurerc option turns it off (the awesome plugin's options have none), so until the reviewer first touches the page
// (pointer, wheel, key, touch, typing), every scroll of that pane is undone; after that it scrolls as Allure wants.
(() => {
  const pane = "data-tree-scroll-container";
  const touches = ["pointerdown", "wheel", "keydown", "touchstart", "input"];
  const keepAtTop = (event) => {
    if (event.target instanceof HTMLElement && event.target.hasAttribute(pane)) {
      event.target.scrollTop = 0;
    }
  };
  const release = () => {
    document.removeEventListener("scroll", keepAtTop, true);
    for (const touch of touches) {
      window.removeEventListener(touch, release, true);
    }
  };
  // Scroll events of an element do not bubble, but they do pass the document on their way down (capture).
  document.addEventListener("scroll", keepAtTop, true);
  for (const touch of touches) {
    window.addEventListener(touch, release, true);
  }
})();

// Allure 3.18 shows a test's description in a frame whose code blocks neither wrap nor show their scroll bar, so the
// description's rerun command was cut at the frame's edge. Its long lines wrap instead. This listener catches the
// frame's load before Allure's own, which sizes the frame to its content.
document.addEventListener("load", (event) => {
  const frame = event.target;
  if (frame instanceof HTMLIFrameElement && frame.dataset.testid === "test-result-description-frame") {
    const wrap = frame.contentDocument?.createElement("style");
    if (wrap) {
      wrap.textContent = "pre { white-space: pre-wrap; overflow-wrap: anywhere; }";
      frame.contentDocument.head.append(wrap);
    }
  }
}, true);
