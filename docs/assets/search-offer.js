// When a search finds nothing, or its best result lacks one of the words typed
// (Material then lists them as "Missing"), offer the tag index and a link to suggest
// the question. Material's search UI stays as it is: this only adds a line below its
// result list, and hides it again while results are good.
(function () {
  const result = document.querySelector(".md-search-result");
  const input = document.querySelector("input[data-md-component=search-query]");
  const config = document.getElementById("__config");
  if (!result || !input || !config || result.querySelector(".search-offer")) return;

  // Material's config holds the site root relative to this page; resolve it now,
  // before instant navigation changes the page address.
  const base = new URL(JSON.parse(config.textContent).base + "/", location.href);
  const repo = document.querySelector(".md-header .md-source");
  const template = "suggest-question.yml";

  const offer = document.createElement("div");
  offer.className = "md-search-result__meta search-offer";
  offer.hidden = true;
  const tags = document.createElement("a");
  tags.href = new URL("tags/", base).href;
  tags.textContent = "Browse the questions by tag";
  offer.append("Not found? ", tags);
  let suggest = null;
  if (repo) {
    suggest = document.createElement("a");
    suggest.rel = "noopener";
    suggest.textContent = "suggest this question";
    offer.append(" or ", suggest);
  }
  offer.append(".");
  result.append(offer);

  function update() {
    const query = input.value.trim();
    const items = result.querySelectorAll(".md-search-result__item");
    // The best match is the top item's first section, or its page when no section
    // ranks above the page; Material marks the words it lacks as "Missing".
    const links = items.length ? items[0].querySelectorAll(":scope > a") : [];
    const best = links[links.length > 1 ? 1 : 0];
    const weak = best && best.querySelector(".md-search-result__terms");
    offer.hidden = !query || (items.length > 0 && !weak);
    if (suggest) {
      const url = new URL(repo.href.replace(/\/$/, "") + "/issues/new");
      url.searchParams.set("template", template);
      url.searchParams.set("title", `Question: ${query}`);
      suggest.href = url.href;
    }
  }
  new MutationObserver(update).observe(result, { childList: true, subtree: true });
  input.addEventListener("input", update);
})();
