// The question bank: questions.json, written at build time by hooks/question_meta.py
// ({clusters: {id: name}, questions: [{id, title, cluster, level, tags, answer, url}]}).
// A new question joins every practice feature as soon as the site is rebuilt.

// This file is bundled into a chunk in assets/runner/ (tools/build-js.mjs): the site
// root is two folders up.
export const SITE_ROOT = new URL("../../", import.meta.url);

export const LEVELS = { beginner: "Beginner", intermediate: "Intermediate", advanced: "Advanced" };

let loading = null;

export function loadBank() {
  loading ??= fetch(new URL("questions.json", SITE_ROOT))
    .then((response) => {
      if (!response.ok) throw new Error(`questions.json: HTTP ${response.status}`);
      return response.json();
    })
    .catch((error) => {
      loading = null; // the next page tries again
      throw error;
    });
  return loading;
}

export function siteUrl(path) {
  return new URL(path, SITE_ROOT).href;
}

// The page (path of its URL) each cluster's questions live on, in bank order.
export function clusterPages(bank) {
  const pages = new Map(); // path -> cluster id
  for (const question of bank.questions) {
    const path = new URL(question.url, SITE_ROOT).pathname;
    if (!pages.has(path)) pages.set(path, question.cluster);
  }
  return pages;
}

// Clusters in mkdocs.yml order, each with its questions; clusters without any left out.
export function byCluster(bank) {
  return Object.entries(bank.clusters)
    .map(([id, name]) => ({
      id,
      name,
      questions: bank.questions.filter((question) => question.cluster === id),
    }))
    .filter((cluster) => cluster.questions.length);
}
