"""Markdown table of bench/lm/compare.sh results, vaak next to IRSTLM with ratios."""
import csv
import sys

rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8"), delimiter="\t"))
by = {(r["lang"], r["units"], r["method"], r["tool"]): r for r in rows}
print("| lang | units | method | n-grams vaak / IRSTLM | test tokens, OOV % | ppl vaak | ppl IRSTLM | "
      "ppl w/o OOV vaak / IRSTLM | compile-lm PP vaak / IRSTLM | train s vaak / IRSTLM (ratio) | "
      "peak RSS MB vaak / IRSTLM (ratio) |")
print("|---|---|---|---|---|---|---|---|---|---|---|")
for (lang, units, method, tool), v in by.items():
    if tool != "vaak":
        continue
    i = by[(lang, units, method, "irstlm")]
    ts = float(v["train_s"]) / float(i["train_s"])
    rm = float(v["peak_rss_mb"]) / float(i["peak_rss_mb"])
    print(f"| {lang} | {units} | {method} | {v['ngrams']} / {i['ngrams']} | {v['test_tokens']}, {v['oov_pct']} | "
          f"{v['ppl_vaak_eval']} | {i['ppl_vaak_eval']} | {v['ppl_no_oov_vaak_eval']} / {i['ppl_no_oov_vaak_eval']} | "
          f"{v['ppl_irstlm_eval']} / {i['ppl_irstlm_eval']} | {v['train_s']} / {i['train_s']} ({ts:.2f}) | "
          f"{v['peak_rss_mb']} / {i['peak_rss_mb']} ({rm:.2f}) |")
