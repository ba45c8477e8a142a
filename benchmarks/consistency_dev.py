"""Consistency benchmark: recall of planted conflicts and false alarms on clean articles.

Articles are our own, under ``benchmarks/consistency/`` (``planted/``: one planted
conflict each, ``clean/``: tempting but consistent). ``manifest.json`` gives each one's
publication date and the finding kind planted (null for clean ones).

    python benchmarks/consistency_dev.py [-v] [--explain] [--by-set] [SUBSET[,SUBSET...]]
    python benchmarks/consistency_dev.py --sealed [SETS]   # sealed sets, in aggregate only

``--verify-numbers`` scores the opt-in verifier (``findings/numeric/verify.py``), which
leaves out the warnings it doubts. It was trained on the engine's first runs over the
unsealed sets, so only the sealed sets score it on unseen text.

``--rules-only`` leaves out the learned pair model (``findings/numeric/learned``), which is
on by default. It was trained on the unsealed sets' answer keys, so on those sets it has
seen the answers; only the sealed sets score it on unseen text.

``--explain`` prints, for every missed planted conflict and every false alarm, the
article's ledger as the checks see it (interval, thing, action, subject, place, names,
period, rate, sentence) and every finding, info ones included, so one can tell whether a
figure was misread (extraction) or read well but never paired (the checks).

SUBSET is a folder under ``consistency/`` (``planted``, ``clean``, ``fresh``, ``blind2``...);
``planted`` and ``clean`` are the first set, tuned on. Each later set was written before
measuring, measured once (recall / false-alarm share), then used for fixing:

* ``fresh`` (25/20): 0.20 / 0.10 before fixes;
* ``blind2`` (6/6): 0.50 / 0.33; 0.67 / 0.17 after two fixes;
* ``blind3`` (16/14): 0.50 / 0.14 (written before reading the matching logic);
* ``blind4`` (8/8): 0.375 / 0.00, written after the blind3 fixes; the general extraction
  gaps it showed (weekday and half-year periods, "Of those, N", a rate after a hyphenated
  noun) were fixed afterwards, so it is no longer blind.
* ``blind5`` (16/8): 0.19 / 0.125, written after the blind4 fixes in styles and domains the
  earlier sets lacked (courts, weather, polls, schools, harvests, charity...); 0.94 / 0.00
  after fixing the general causes ``--explain`` showed (anaphoric wholes, fractions,
  clause-wide rates, seasons, changes stated in a quote or headline, share lists across
  sentences...). Still missed: a rate per hour (the contract's ``per`` has no hours).
* ``blind6`` (10/6): 0.50 / 0.17, written after the blind5 fixes and left untouched as the
  honest held-out figure. ``--explain`` shows the misses: "the three months to the end of
  September" read as September; "break-ins" and "burglaries" not one thing; "some 2,100"
  wide enough to fit under 1,800; "doubled since 2019: 84 ... compared with 61" (figures
  after the change word); "Each of the jets seats 180-220" not held against one flight.
  The false alarm: "on the busiest day, Easter Monday, 3,100" given the sentence's March.
  1.0 / 0.00 after fixing them generally (spans counted back from their end, synonym groups,
  approximators by significant digits, change word before its figures, "each of" ranges,
  maxima kept off rate checks).
* ``blind7`` (14/8): 0.71 / 0.125, written after the blind6 fixes in new domains (blood
  donations, parcels, lifeboats, potholes, libraries, prisons, lottery grants...), measured
  once: "21,000 of those loans" after "18,500 books" (a demonstrative re-describing the
  group), "inmates"/"prisoners", "to 290 today" (a time adverb read as the counted noun),
  "twice the 600,000 tonnes" (factor comparisons unread); the false alarm: "28 litres of
  milk a day each" (a per-member rate) against the herd's total. 1.0 / 0.00 after fixes.
* ``blind8`` (8/6): 0.50 / 0.17, written after the blind7 fixes, measured once and left
  untouched as the honest held-out figure. Causes: "600 hours a week" (a rate of a time
  unit) and "the first quarter of the year" unread; a breakdown of names and bare figures
  ("Kingsmead 5,100, St Anne's 4,200"); "Two in five" read as two numbers; "slipped by a
  quarter, from 84,000 to 71,000" with no counted noun; the false alarm: one named
  department's daily rate against "the region's five hospitals" (a wider holder named
  only on one side). 1.0 / 0.00 after fixing them generally: one grammar for parts of a year
  (ordinal quarter/half/month/week or "first N months" of the year or a year, "Q1 2024",
  "H2"), a time unit per a longer one as a rate ("600 hours a week") and time worked as a
  dated amount, "N in M" / "N of every M" as one fraction, a bare change figure counting
  its clause subject, names and bare figures after a colon or "with" as parts, the
  speaker of a figure not its holder, a named member against plural holders.
* ``blind9`` (14/8): 0.71 / 0.00, written after the blind8 fixes in new domains (wind power,
  housing, pensions, fisheries, museums, courts, a foreign election, space launches,
  retail footfall, insurance, water leaks, broadband, car registrations, recycling) and
  measured once. Misses: "Of these, 610 ..., 380 ... and 390 ..." (a sentence-initial
  anaphoric breakdown), "Of that catch, 9,100 tonnes" (a singular demonstrative), "13,400
  of the valley's 12,000 homes" (a possessive holder between part and whole), "the second
  week of March" (a part of a month) with visitors "drawn" against people who "came".
  1.0 / 0.00 after fixes.
* ``blind10`` (8/6): 0.75 / 0.17, written after the blind9 fixes (ski lifts, a bank breach,
  mortgages, a national park, a dental list, a film festival, customs, rail freight),
  measured once and left untouched as the honest held-out figure. Misses: a breakdown
  after a dash ("5,400 patients - 2,100 adults ..., 2,500 ... and 1,300 children"), whose
  parts are subgroups named by other nouns; a floating distributive ("Screenings ... each
  sell between 200 and 350") against "One screening ... sold 510". The false alarm: "over
  five working days" read as a figure "over five", and the week taken as seven days.
  1.0 / 0.00 after fixing them generally: subgroups of people (adults, children...) listed
  after a dash, colon or "including" divide a total of people (flagged only when they
  exceed it, since such lists may name some groups only); "each"/"apiece" after a plural
  subject is distributive; "over/in N (working) days" after a figure is the span it covers,
  a working day counted per rate unit (five a week), and "over" there no approximator.
  A guard that read every "a day" rate as possibly per working day (a shortfall of up to
  2/7 as info) was tried and dropped: it hid blind3's A&E conflict, and who works weekends
  is not in the text.
* ``blind11`` (14/8): 0.64 / 0.00, written after the blind10 fixes (honey, marathon,
  hotels, wildfires, tree planting, admissions, e-scooters, an orchestra, transplants,
  bus-lane cameras, streaming, a seed vault, ambulances, chess), measured once. Misses:
  "Some 18,950 runners ... — out of 18,200" (an "out of" set off after the part's clause,
  and "some" on four significant digits read as +-6%); "61% of the 540,000 available" (an
  elliptical whole); "7,100 hectares of pine forest, 3,900 of scrubland" (a unit written
  once); "720,000 — 40%" read as a range; "rose threefold". 1.0 / 0.00 after fixes.
* ``blind12`` (8/6): 0.50 / 0.50, written after the blind11 fixes (tunnel boring, bird
  counts, canal transits, sheep shearing, esports, mountain rescue, archive scans, dog
  vaccination), measured once and left untouched as the honest held-out figure. Causes
  seen with ``--explain`` (not fixed): "advances 12 to 15 metres a day" split because
  "advance" is a change verb (a false alarm and a miss); metres against kilometres not
  converted; "Five shearers each clip about 200 sheep a day" (a distributive "each" before
  the verb) held against the team's total; "rose to 46% from 38%, an increase of eight
  percentage points, while total viewers were up 12%" (a second clause's change taken as
  the first one's size); "1,150 knot" read as a speed unit; species after "among them" not
  parts of "wading birds"; "up 40% on last year's 1.6 million" (a baseline after "on ...'s"
  with no counted noun); "called out 164 times" against "180 of the call-outs" (a count
  of times against the noun for the same events). 1.0 / 0.00 after fixing them generally:
  "N to M ... a day" after a change verb is a rate's range; units converted to one base
  unit per dimension (length, mass, volume, power, energy, data, area) when an article
  mixes them; "since X began on 3 March" runs to publication; a distributive rate after a
  counted subject ("Five shearers each clip about 200") is the team's rate times its size,
  and without a size no rate check; a change's size only from its own clause (a "while",
  "but", ";" ends it), percentage points sizing a change of shares; "on last year's N" as a
  baseline; bare counts of other nouns listed after "among them"/"including" as kinds of
  the whole; "N times" counting the verb's events ("call out"); two list siblings the parse
  ran together ("700 fallow and 400 roe") never a subgroup and its whole; a plural holder's
  total not one member's figure; a rate per shift or working day ("during weekday shifts",
  "when open") over a calendar period downgraded to info.
* ``blind13`` (8/8): 0.75 / 0.125, written after the blind12 fixes (bakery, glacier,
  ferry, vineyard, pool, parking fines, roastery, lifeguards; clean ones with per-member
  rates, partial weeks, shifts, two changes in one sentence, units that agree), measured
  once and left untouched as the honest held-out figure. Causes seen with ``--explain``
  (not fixed): "rose 8% to 27 million, while bus journeys fell 5% to 95 million from 100
  million" paired "from 100 million" with the first "to" figure of the sentence, across
  the "while" (the false alarm); "shrank from 4.6 kilometres to 3,900 metres ..., a loss of
  1.1 kilometres" (the conversion is right, the change is never read: irregular "shrank"
  and "a loss of" as the size); "In March it issued 14,800" (an elliptical count with no
  noun, so never the same thing as the monthly "parking fines" range). 1.0 / 0.00 after
  fixing them generally: a change's before and after figures only from one clause (a
  "while", "but", ";" between them ends it); irregular change verbs ("shrank", "shrunk",
  "dove") read by form and by lemma, "from X to Y" after them a change, not a range; "a
  loss/reduction/growth of X" as the change's size; "to 950 last quarter" no longer counts
  quarters; a bare figure that is a verb's direct object ("it issued 14,800") counts what
  that verb's other figures count, when they count one thing only (the verb may be the
  sentence root the parse read as a noun, "The council issues ... fines"), or after a
  tallying verb ("In May it handled 75") with "it"/"they" as subject, what the sentence
  just before counted, when its subject agrees in number and it counts one thing.
* ``blind14`` (6/6): 1.0 / 0.17, written after the blind13 fixes (food bank, penguins,
  lost luggage, regatta, observatory, brewery; clean ones with two places, two changes,
  an approximate rate over a quarter, partial breakdowns, a rest, working days), measured
  once and left untouched as the honest held-out figure. The false alarm: "Last week,
  over five working days, it removed 11,200 tonnes" (a span set before the figure, with
  "over" read as "more than five") held against "2,000 to 2,500 tonnes a day" over the
  calendar week. 1.0 / 0.00 after fixing it generally: a length of time opened by "over",
  "in", "during"... a few words before the figure in its clause is the span it covers,
  like one written after it, and its "over" is no approximator.
* ``blind15`` (4/12): 0.75 / 0.17, written after the blind14 fixes (helpline shifts, a
  rolling year of trains, a charity appeal, allotments, a vet clinic, dredging, a ferry,
  apples, blood stocks, museum visits, library loans, beekeepers; clean ones tempting with
  per-shift and per-member rates, sub-periods, rounded totals, shares of two bases, lists
  with "including", agreeing units, "up to", forecasts, two organisations, several changes
  in one sentence), measured once. The "miss" was my label: shares adding to over 100% are
  ``sum_mismatch``, as in every earlier set (1.0 with the label corrected). The false
  alarms: "Among the 140 holders under 35, 70% ..." ("under 35" an age read as a count, and
  "620 plot holders" taken as a subgroup of "140 holders", narrower nouns than theirs), and
  "a hive yields around 20 kilograms a year" (a rate for one unnamed member, parsed as a
  noun phrase) against the members' 6,800 kilograms. 1.0 / 0.00 after fixing them
  generally: a figure opened by "under", "over", "aged"... right after a plural noun is a
  threshold, not a count, and leaves the ledger; a part taken as a subgroup only by its
  nouns, against a whole narrowed after its noun ("members over 60", a relative clause),
  is info; a rate whose clause opens with an indefinite singular subject ("a cow gives")
  conflicts with totals only as info, since how many members they cover is not stated.
  Probes written after that (not a set) showed one more general cause, fixed: "Of the
  1,200 polled, 45% ...; among the 300 aged 18 to 24, 62%" took the second base as the
  first one's part; a count opened by "of the"/"among the" is now a base, never a part,
  and "aged under 30", "the 200 under 30" are thresholds too; and "recycled 62% last year,
  against a national average of 45%; the target is 70% by 2030" summed three shares: shares
  add up to one whole only when stated for one period, none a target, forecast or average;
  "320 homes in 2024, short of its target of 500 a year" held the target as a record rate:
  a figure governed by "target", "goal", "forecast"... is hedged, like one under "plans to";
  "24,000 students, 30% from abroad; of the 7,200 foreign students" paired part and whole
  inverted: a share under 100% whose "part" exceeds its "whole" passes when the swapped
  pairing agrees, and is info otherwise; "12% of roofs, or about 2,400 of its 20,000 homes"
  gave 2,400 the "%" (a unit written once before "of"): a share's sign is never elided;
  "spent £4.2 million, of which £3.6 million ...; it raised £4.5 million" summed across
  the ";": parts after "of which"/"including" end at a semicolon; "a third of the 2,000
  surveyed said they got under six" took a bound as the share's part: a figure open below
  ("under six") is never guessed as a part.
* ``blind16`` and ``blind17`` (10/12 each): 0.70 / 0.33 and 0.40 / 0.33, the first sets
  of 250-450-word wire-style articles (runway incursions, refugee camp water, a salt
  harvest, a census, a sugar campaign, flood gates, an opera season, a mine rescue...),
  measured once. Longer articles hold far more unrelated figures, and the false alarms
  came from pairing them: rates per hectare or per pupil and exchange rates read as
  totals, "each vaccinating 180 a day" (a member's rate), pay "a month" to 160 workers
  held against the employer's sales, a change word taken from the next sentence, "nine
  universities, up from 58,500" (the wrong current figure), "closed 11 times, up from
  seven closures" (times count the verb's events), a month taken as 30.4 days.
* ``blind18`` and ``blind19`` (10/12 each): 0.20 / 0.25 and 0.30 / 0.33, written after the
  blind16-17 fixes with long wire reports, key-figures lists and Q&As, measured once.
  Misses were mostly unread structure: datelines parsed as subjects, "in the month after
  the storm", "Weekly cases have stayed between 800 and 1,200", "since the rains began
  in March", "the week to September 14", "Of those rescued, 131", "In Malatya alone",
  "Of the excess deaths, 1,480 ...", places listed after a total, "20% of the total" in a
  key-figures line. False alarms: figures orders of magnitude apart paired as one thing
  (a wedding against a market), "brought in from", "including 620 ... and expects 1,500".
* ``blind20`` and ``blind21`` (10/12 each): 0.50 / 0.33 and 0.40 / 0.25, written after the
  blind18-19 fixes in several outlets' voices, measured once. False alarms: "up 7% from
  215,000 ... the 240,000 forecast" (a change read as a share), "the rest going to
  Turkey" (an unstated rest), "55% in Campania, compared with 38% in Lombardy", full-year
  guidance as a sub-period, an average concentration as a whole, a later bare "cases"
  after "suspected cholera cases" taken for their whole. Misses: "which ran for 34 days",
  "on the night of January 9", "of which" reaching past a smaller figure, "Of those who
  fell ill", "will come from £52m ...", "It was made up of", outcomes after "Of the
  8,640 members".

* ``blind22`` and ``blind23`` (10/12 each): 0.10 / 0.17 and 0.30 / 0.00, written after the
  blind20-21 fixes, measured once. The two false alarms: "the government's target is
  30,000 grants a year" (a target as subject, not read as a pledge) and "covers 2,900
  state schools" taken as a subgroup of "1,420 school buildings" three sentences back;
  both fixed generally. The misses are not yet studied.

* ``blind24`` to ``blind31`` (10/12 each): eight sets written at once by separate writers,
  blind, each in one desk's voice (wire economics, local news, conflict and state-media
  reporting, science and health, sports and culture, business key-figures, crime and polls,
  agriculture and aid), with the thing counted renamed or left implicit on purpose. The
  first run hung on one key-figures line (a walk up the parse that compared spaCy tokens
  with ``is``); with that fixed, first runs: recall 0.2, 0.1, 0.0, 0.2, 0.2, 0.3, 0.0, 0.2
  (0.15 overall) and false alarms 0.33, 0.08, 0.25, 0.25, 0.17, 0.17, 0.25, 0.25. Sets
  ``blind29``-``blind31`` are sealed (see ``SEALED``): scored in aggregate only, never read.
* ``blind32`` (mixed desks) and ``blind33`` (plain news, written from a shorter brief that
  did not ask for renamed things), sealed like blind29-31, first scored after the first
  fixes: 0.30 / 0.25 and 0.40 / 0.42.
* ``blind34``-``blind37`` (10/12 each): four more sets in four desks' voices, written
  after the first round of fixes (event families, restated rates, every-instance ranges,
  closed breakdowns, "alone" parts) and measured once: recall 0.20, 0.10, 0.20, 0.50
  (0.25) and false alarms 0.17, 0.17, 0.25, 0.33 (0.23): no better than the first runs
  of blind24-31, so those fixes were narrower than they looked.
* ``blind38``-``blind41`` (10/12 each: wire copy, business, science and environment,
  transport and culture), written after the periods and shares work was merged and
  measured once: recall 0.30, 0.40, 0.20, 0.60 (0.375), false alarms 0.17, 0.17, 0.25,
  0.17 (0.19). ``blind40`` and ``blind41`` are sealed; 38 and 39 were used for fixing.
* ``blind42``-``blind45`` (10/12 each: regional news, fact-check and data desk,
  agriculture and energy, consumer and sport), measured once: recall 0.40, 0.20, 0.40,
  0.30 (0.325), false alarms 0.00, 0.33, 0.08, 0.17 (0.15); then used for fixing.

* ``blind46``-``blind49`` (10/12 each: defence and conflict, public health,
  infrastructure and environment, markets and personal finance), measured once: recall
  0.40, 0.40, 0.30, 0.10 (0.30), false alarms 0.17, 0.17, 0.08, 0.25 (0.17); then used for
  fixing. Six helpers then worked one finding kind each over the misses of blind34-39 and
  blind42-49 (recall there 0.49 -> 0.88, false alarms 0.01 -> 0.00, after their merge).
* ``blind50`` (10/12, disasters and humanitarian wire copy): 0.30 / 0.33 at its first run;
  its four false alarms ("nearly halved" read without its hedge, a change beside a change
  of another thing, a capacity "built for 40,000 people", "Of the damaged homes" after a
  breakdown) were fixed generally; its misses were not worked on.
* ``blind51`` (10/12, technology and science): sealed; 0.40 / 0.00 at its first run, 0.30 /
  0.00 after this round's fixes (one planted conflict lost, not looked at).
* ``tempt1`` (24 clean articles across desks, built only to tempt false alarms): 0.17
  (4/24) at its first run, plus two from the sums merge; all six causes fixed generally
  (nested breakdowns, a figure given as a share of more, "the rest of X is split between",
  "all but N of M", "N of last year's sales", a headline change and a later month's pair).
* ``blind52`` (10/12, justice statistics and council finance) and ``tempt2`` (24 clean),
  written after all of the above: 0.40 / 0.17 and false alarms 0.33 (8/24) at their first
  runs. tempt2's alarms: lists read back from their rest taking in figures of other
  sentences (three), "up to five" courses per applicant and people vs passengers read as
  different things (``unit_mismatch``), "999 calls" read as a count, a rate of one group
  against a total of another, two measures of fires. Two fixed (grant sizes in a list,
  "999 calls"), the other six in the next stop.
* ``blind53`` (10/12, politics, elections and migration), ``blind54`` (10/12, retail,
  charities and community life; sealed) and ``tempt3`` (24 clean), written blind at the
  start of the next stop: 0.20 / 0.25, 0.30 / 0.08 and false alarms 0.25 (6/24) at their
  first runs. Four helpers (rates, shares, changes, nouns) then worked on the general
  causes behind the misses and alarms of blind52, blind53 and tempt3.
* ``blind55`` (10/12, health, science, education, environment) and ``tempt4`` (24 clean),
  written blind while those branches were built and first run after their merge: 0.50 /
  0.17 and false alarms 0.17 (4/24); then used for fixing (six alarms and one miss looked
  at: 0.50 / 0.00 and 0.04 after). The unsealed sets together: recall 0.89, false alarms
  0.3% (1,121 articles).
* ``blind56`` (transport, energy, industry), ``blind57`` (crime, justice, conflict;
  sealed after its first run), ``blind58`` (business, technology, sport, culture) and
  ``tempt5`` (24 clean), written blind at the start of the next stop: first runs 0.30 /
  0.08, 0.30 / 0.08, 0.20 / 0.25 and false alarms 0.17 (4/24). Four helpers (nouns,
  rates and periods, shares and sums, changes/parts/units) worked on the causes behind
  blind56, blind58 and tempt5: 1.00 / 0.00, 0.90 / 0.00 and 0.00 after their merge; the
  unsealed sets together went from recall 0.87 / false alarms 1.5% to 0.92 / 0.15%
  (1,189 articles).
* ``blind59`` (local news), ``blind60`` (science, environment, agriculture), ``tempt6``
  and ``tempt7`` (24 clean each), written blind while those fixes were built and kept
  outside the repository until they were done; sealed. Measured twice, in aggregate
  only: before the four merges 0.50 / 0.00, 0.50 / 0.17, false alarms 0.33 (8/24) and
  0.08 (2/24); after them exactly the same. Over the whole stop the older sealed sets
  went: blind29-33 0.34 / 0.22 -> 0.36 / 0.20, blind40-41 0.45 / 0.21 unchanged, blind54
  and blind57 0.30 / 0.08 unchanged, blind51 0.30 / 0.00 -> 0.30 / 0.08 (one new false
  alarm, not looked at). One late change (period references skipping bases of
  comparison) changed no developed-on outcome but added a false alarm on blind57; it was
  reverted on that aggregate score, so blind57 has been used once for a decision.
* Next stop: an opt-in verifier (``--verify-numbers``) trained on the engine's first runs
  over the 55 unsealed sets (each set run by the code of the commit before it was added,
  ``training/train_numeric_verifier.py``). Grouped by set, its cross-validation gives AUC
  0.78 and, at the first runs, recall 0.374 -> 0.326 with false alarms 0.198 -> 0.100.
  The sealed sets were scored with it once, after its settings were fixed: recall 0.383
  -> 0.283, false alarms 0.167 -> 0.078 (all sealed sets together). That cost, and its
  dropping the example's range_violation, is why it is off by default.
* ``blind61``-``blind64`` (sport and tourism, public services, international wire, health
  and environment), written blind at the start of the next stop: first runs 0.20 / 0.08,
  0.50 / 0.08, 0.60 / 0.42, 0.50 / 0.17 (recall 0.45, false alarms 0.19; with
  ``--verify-numbers`` 0.375 / 0.125). Four helpers (rates, parts and sums, changes, shares
  and units) worked on their causes: 0.50, 0.90, 1.00, 0.70 recall and no false alarm after
  the merge (0.775 / 0.00). The unsealed sets together went from 0.882 / 1.4% to 0.907 /
  0.14% (1,277 articles). ``blind65``-``blind68`` (local news, business and technology,
  crime and courts, agriculture, weather and transport) were written blind at the same time
  outside the repository and sealed: measured in aggregate before the fixes, 0.35 (14/40) /
  0.083 (4/48), and after them exactly the same. The older sealed sets went 0.383 / 0.167
  -> 0.392 / 0.161 (one more planted conflict found, one false alarm fewer).
* ``blind69``-``blind72`` (economy and labour, conflict and migration wire copy, health
  and climate, general news), written blind at the start of the next stop, outside the
  repository, and measured once with the code of that stop's first commit: 0.30 / 0.08,
  0.50 / 0.33, 0.80 / 0.25, 0.40 / 0.33 (recall 0.50, false alarms 0.25), then used for
  fixing: five helpers (rates, parts and sums, shares, changes, units) took them to 0.90 /
  0.02 with no other unsealed article worse. ``blind73``-``blind75`` (national news,
  international wire, business, science and local news) were written blind during that
  stop, outside the repository, and sealed: measured in aggregate with the stop's first
  commit, 0.20 (6/30) / 0.22 (8/36); after all of that stop's fixes 0.20 / 0.25 (the one new
  false alarm is a change stated by a share, "N% more than the M"). The older sealed sets
  went from 0.381 / 0.146 to 0.375 / 0.138.
* ``blind76``-``blind79`` (regional and local news, international wire, business and
  technology, science and health), written blind at the start of the stop after,
  outside the repository, and measured once with that stop's first commit: 0.20 / 0.25,
  0.30 / 0.00, 0.10 / 0.17, 0.30 / 0.42 (recall 0.225, false alarms 0.21; with the
  verifier of the time 0.125 / 0.125). ``blind78`` and ``blind79`` are sealed. Two helpers
  fixed general causes on blind76 and blind77 (0.25 / 0.125 -> 0.90 / 0.00), next to fixes
  from probe articles of our own; blind78-79 went from 0.20 / 0.29 to 0.20 / 0.25, and the
  older sealed sets from 0.347 / 0.152 to 0.363 / 0.149. Tried and dropped that stop:
  static word vectors distilled from MiniLM to judge whether two counted nouns name one
  thing (single words do not separate: "doctor"/"patient" 0.63 against "patient"/"people"
  0.40), and a looser same-thing gate (any two non-event nouns, or a bare count, in one
  unit: 8 more planted conflicts found on the unsealed sets and 55 more false alarms).
* ``blind80``-``blind81`` (war and defence, sanctions, refugees, courts, policing, farming
  and budgets; health, transport, labour, schools, platforms, tourism, housing and the
  environment), written blind at the start of the stop after, outside the repository, and
  measured once with that stop's first commit: 0.30 / 0.17 and 0.60 / 0.25 (the verifier
  changed neither). ``blind81`` is sealed; ``blind80`` was used for fixing (ordinal days
  before a month, a measure's noun before "of", people who signed documents, phrases of
  place between a count and its time, rates worked out from the figure before, headline
  shares told again below, parts drawn "of the" group): 0.30 / 0.17 -> 0.60 / 0.00, while
  blind81 stayed at 0.60 / 0.25 and the older sealed sets at 0.348 / 0.157. A second round
  (divisions into N groups, key-figures lists under a TOTAL heading, shares after a drawn
  count, a bare "has tripled" over two different things, currency words, and extraction
  fixes found in a report: phone numbers, degrees, "and a half") took blind80 to 1.0 /
  0.00; blind81-83 did not move, and the older sealed sets went to 0.352 / 0.163 (one more
  conflict found, two more false alarms; the extraction fixes for glued degrees and "N
  and a half" each added one, from figures now read rightly that a check then misjudged).
* ``blind82``-``blind83`` (elections, public finance, central banks, ports, mining,
  fisheries, aid, prisons, fire services, with translated ministry briefings and a live
  blog; local government, hospitals, universities, prices, airlines, floods, courts
  abroad, sport, charities, space), written blind later in that stop, outside the
  repository, and sealed on arrival. Measured with that stop's first commit and with its
  code after the blind80 round: 0.20 / 0.17 and 0.40 / 0.00 both times (with the
  verifier, blind83 0.30 / 0.00): the round's fixes carried over to neither.
* ``blind84``-``blind85`` (migration, defence aid, cyber attacks, food prices, rail strikes,
  childcare, drug seizures, energy bills, census, with a ministry briefing and tables as
  text; pensions, A&E waits, wildlife counts, tourism, car sales, sewage spills, admissions,
  local elections, earthquakes), written blind near the end of that stop and measured
  with its first commit and with its code after both blind80 rounds: 0.60 / 0.08 and 0.30
  / 0.08 both times. ``blind85`` is sealed; ``blind84`` was used for fixing ("from a peak
  of", "the distribution of X by Y is as follows:", "What it is made up of:" lists, a bare
  factor over an amount and a count, "on each of the five strike days" as a rate per day,
  "services" for the trains counted before): 0.60 / 0.08 -> 1.0 / 0.00, with blind81-83
  and blind85 unmoved and one more conflict found in the older sealed sets (0.357 / 0.163).

* ``blind86``-``blind89`` (shipping, air safety, harvests, exports, remittances, telecoms
  and fraud, with a state-media report and a press release; fires, drought, vaccination,
  teachers' strikes, buses, bridges, zoos, marathons and streaming; gambling, crypto hacks,
  football, mountain rescue, libraries, takedowns, recruitment, parole and smuggling;
  hospital strikes, asylum appeals, a grain corridor, blackouts, budgets, rail tickets,
  animal shelters, fishing quotas and landslides), written blind at the start of the next
  stop, outside the repository, and measured once with that stop's first commit: 0.40 /
  0.00, 0.40 / 0.08, 0.50 / 0.17, 0.60 / 0.17 (recall 0.475, false alarms 0.10).
  ``blind87`` and ``blind89`` are sealed (chosen before the first run); ``blind86`` and
  ``blind88`` are for fixing. ``blind90``-``blind91`` (statistics releases, rents, student
  loans, waiting lists, road deaths, police, energy auctions, airports, cinemas; a war's
  casualty and shelling reports from both sides, exchanges, convoys, evacuations, frozen
  assets, arms, refugees, reconstruction pledges), written blind later in that stop and
  sealed on arrival: 0.30 / 0.08 and 0.50 / 0.17 with the stop's first commit. Helpers
  fixed the general causes of blind86 and blind88 (1.0 / 0.00 both); blind87 and blind89
  did not move, blind90-91 went to 0.40 / 0.08 and 0.60 / 0.17, and all sealed sets
  together from 0.372 / 0.154 to 0.383 / 0.159 (the added false alarms come from a per-item
  average check, since made info only). ``blind92``-``blind93`` (corporate results, banks,
  a listing, prices, user numbers, punctuality, a spill, an outbreak, cycling counts;
  elections, a referendum, polls, party money, votes, a census, exams, dropouts, protests),
  written blind mid-stop for a second round of fixing: 0.40 / 0.33 and 0.40 / 0.08 with the
  stop's first commit and with its code after the first round. ``blind94``-``blind97``
  (weather extremes, storm claims, floods, power cuts; courts, sentencing, stop-and-search,
  probation, legal aid; shipping, energy exports, pump prices, tariffs, energy debt, solar,
  heat pumps; public health, GP and dental access, ambulances, referrals, hospital finances,
  nurses' pay), written blind later in that stop: 0.30 / 0.00, 0.60 / 0.17, 0.50 / 0.25,
  0.30 / 0.17, identical with the stop's first commit and with its code after both rounds
  of fixing. ``blind96`` and ``blind97`` are sealed; ``blind94``-``blind95`` are for a
  third round. After the three rounds: blind92 1.0 / 0.00, blind93 0.90 / 0.00, blind94
  0.80 / 0.00, blind95 0.80 / 0.00; the sealed sets of that stop went blind87 0.40 -> 0.20,
  blind89 0.60 unchanged, blind90 0.30 / 0.08 -> 0.40 / 0.00, blind91 0.50 -> 0.60,
  blind96-97 unchanged, and all sealed sets together (310 planted, 420 clean) from 0.374 /
  0.157 at the stop's first commit to 0.377 / 0.157: one planted conflict more, over
  three rounds of fixes that found 29 more (26 -> 55 of 60) and cleared all 9 false
  alarms on the six sets they were made for.
* Next stop, a different route: a learned second look (``findings/numeric/learned``, model
  ``numeric-pairs-v1``) proposes every candidate conflict whose arithmetic fails (a figure
  outside a range in the same unit, a gated part larger than its whole, a rate whose product
  over a total's period misses it, an announced run of figures whose sum misses a larger
  one) and a logistic regression per kind, trained on the unsealed sets' answer keys,
  decides whether the figures are the same measure.
  ``blind98``-``blind101`` (harvests, food banks, fishing, school meals; sport business;
  environment and space; courts, prisons, asylum, police), written blind at the stop's
  start: 0.30 / 0.08, 0.10 / 0.00, 0.70 / 0.25, 0.40 / 0.25 with the stop's first commit;
  ``blind98`` and ``blind100`` are sealed. With the model trained without them, blind99
  and blind101 went to 0.30 / 0.00 and 0.60 / 0.25 (0.50 / 0.00 for blind99 once sums
  were added). All sealed sets (330 planted, 444 clean): rules alone 0.385 / 0.158, with
  the first model (ranges, parts, rates) 0.524 / 0.185, and with ``--verify-numbers`` as
  well 0.467 / 0.088. ``blind102``-``blind105`` (transport, business and labour, schools,
  disasters and aid), written blind later and measured once before being trained on:
  0.425 / 0.208 with that model (0.40 / 0.33, 0.40 / 0.08, 0.50 / 0.08, 0.40 / 0.33),
  0.275 / 0.188 by the rules alone. Retrained with sums and the six new unsealed sets (the
  retrained model was committed to before its sealed run): sealed 0.555 / 0.187, and with
  ``--verify-numbers`` 0.497 / 0.088. Changes and shares added, with ``blind106``-``blind109``
  (housing, technology and media, both sides of a war, health and science; first runs 0.65
  / 0.208 with the model, 0.475 / 0.188 by the rules): sealed 0.606 / 0.203 (0.545 / 0.099
  with the verifier). ``blind110``-``blind115`` (public finance, retail, elections, nature,
  emergency services, industry; first runs 0.517 / 0.181 with the model, 0.30 / 0.139 by
  the rules) added to the training: sealed 0.609 / 0.209 (0.548 / 0.110), no better; with
  a rule's passing check vouching for its figures (fewer learned warnings on our own trap
  tests): 0.606 / 0.203 (0.545 / 0.110), the shipped figures. ``blind116``-``blind119``
  (tourism and culture, water and climate, work and welfare, aviation and logistics),
  written blind after the last change and sealed on arrival, measured once in aggregate
  with the final code: 0.65 / 0.33 (rules alone 0.35 / 0.25, with the verifier 0.575 /
  0.125). ``blind120``-``blind123`` (local government, science and universities, defence,
  charities and religion), written blind in the next stop and sealed on arrival.
  The learned pass then vetted the rules' own warnings (a warning the pair model scores
  below 0.2 on its figures, or one no generator proposes, is left out; chosen on a
  cross-validation over the rules' first runs, 0.640 / 0.228 -> 0.616 / 0.112): the sealed
  sets above 0.570 / 0.113 (0.527 / 0.081 with ``--verify-numbers``); ``blind116``-
  ``blind123`` 0.54 / 0.17 (rules alone 0.325 / 0.24, with the verifier 0.44 / 0.10); the
  unsealed sets, where the rules were tuned and their warnings are mostly right, 0.883 /
  0.068 -> 0.813 / 0.050. ``blind124``-``blind127`` (fisheries, gambling and debt, mining,
  pharmacies), written blind after that and measured once: 0.675 / 0.146 (0.50 / 0.25,
  0.80 / 0.00, 0.60 / 0.00, 0.80 / 0.33); the previous stop's code 0.725 / 0.208; rules
  alone 0.575 / 0.125. Their first run failed one article (an open-ended change, "loses
  more than a hundred", crashed the learned change generator); fixed before the figures
  above. Two of their false alarms were a share of the rest ("cancelled 131 of them, and
  operated 97.0 percent"), read as such since. ``blind128``-``blind131`` (telecoms and post,
  household finance, parks and outdoors, courts and prisons), written blind in the next
  stop and measured fresh with that stop's code before any model saw them: 0.575 / 0.125
  (0.60 / 0.08, 0.60 / 0.00, 0.50 / 0.17, 0.60 / 0.25); rules alone 0.375 / 0.0625, with
  the verifier 0.475 / 0.042. The pair model and verifier retrained with ``blind124``-
  ``blind127`` lost that fresh test (0.525 / 0.146) and were not shipped. Fixes from their
  misreadings (a pronoun's group, one holder against all, a share of its own count, a
  number word counting the parts): those sets then 0.60 / 0.0625, the unsealed sets 0.807 /
  0.0525 -> 0.808 / 0.0516 on the sets measured before; the sealed sets 0.567 / 0.110
  (blind116-123 0.54 / 0.17, unchanged). ``blind132``-``blind135`` (food safety, migration
  and borders, urban transport, youth and social care), written blind after those fixes and
  measured fresh once: 0.625 / 0.125 (0.70 / 0.17, 0.80 / 0.25, 0.60 / 0.00, 0.40 / 0.08);
  rules alone 0.40 / 0.083, with the verifier 0.55 / 0.0625. Fixes from their false alarms
  ("alone" and "of the year" read locally, an average subject, a schedule of nights, a
  rating of 5): those sets 0.625 / 0.021, the earlier unsealed sets unchanged. In the next
  stop the pair model's sum threshold was lowered from 0.95 to 0.85 on ``blind124``-
  ``blind135`` (which it had not been fitted on: 0.633 / 0.0625 -> 0.692 / 0.076), and fixes
  from those sets' misreadings went in ("so far" and "since its launch" dated from the day
  something opened, a list line keeping its heading's period, a speaker's "that meant 71%",
  sub-period parts judged by wording, learned candidates ruled out for lists that add up
  read further, years apart, much longer periods, people against bookings): ``blind124``-
  ``blind135`` 0.733 / 0.035, the unsealed sets 0.792 / 0.051 -> 0.810 / 0.049.
  ``blind136``-``blind139`` (weather and floods, retail, elections and party finance,
  aviation), written blind in that stop and measured once at its final commit: 0.425 / 0.146
  (0.30 / 0.00, 0.50 / 0.08, 0.40 / 0.17, 0.50 / 0.33); rules alone 0.225 / 0.125, with the
  verifier 0.40 / 0.104; the stop's starting code 0.40 / 0.104, the difference being one sum
  found and three sum false alarms more, one fewer (the lower threshold). In the next stop,
  fixes from those four sets' misreadings ("last Thursday", "since then", "by close of
  business on Wednesday", days listed beside their month, a total line under its column,
  "divided into exactly four headings", totals made of unlike parts as ``unit_mismatch``,
  learned sums kept off a change's start and a line "included in" another): ``blind124``-
  ``blind139`` 0.656 / 0.0625 -> 0.713 / 0.042, the unsealed sets 0.795 / 0.053 -> 0.806 /
  0.048. ``blind140``-``blind145`` (dentistry and primary care, fire and building safety,
  construction, pensions and older people, motoring, fraud), written blind in that stop and
  measured once at its final code commit: 0.583 / 0.111 (0.70 / 0.08, 0.30 / 0.17, 0.60 /
  0.08, 0.50 / 0.08, 0.60 / 0.08, 0.80 / 0.17); rules alone 0.40 / 0.125, with the verifier
  0.533 / 0.069; the stop's starting code 0.567 / 0.111; the sum threshold at 0.95 0.567 /
  0.111 (so 0.85 stays); the pair model retrained on every unsealed set through blind139
  0.60 / 0.167 (not shipped: four more false alarms for one more plant). Fixes from their
  false alarms then (a change "in the share of", a share "a year ago", a rate per day open,
  an average against a shorter stretch, "half the cost of", a link pointing back past an
  "including" part): those sets 0.583 / 0.014, all unsealed sets with them 0.794 / 0.049 ->
  0.794 / 0.046; then a heading naming its whole ("broke down the 52 deaths by ...") over
  unbulleted lines, and no learned veto from small counts adding up by chance: those sets
  0.617 / 0.014, all unsealed sets 0.796 / 0.046. In the next stop, general fixes from the misses of
  ``blind124``-``blind145`` (a comparison across a unit the article tells apart, sums
  announced as "made up of three elements" or "one of four causes", shares "of all the ..."
  and "That is ... of the network", "two years ago", "since the switch", a rolling "past
  year", "45 charging points", a month's values in a list, the learned pass kept off a
  change's "from" share, caps and shares of things against people, and no longer vetoing a
  warning on figures it never reads): ``blind124``-``blind145`` 0.686 / 0.034 -> 0.768 /
  0.034, all unsealed sets 0.796 / 0.046 -> 0.820 / 0.043 (no clean article newly warned
  about, no plant lost). ``blind146``-``blind151`` (ports and shipping, animal welfare,
  water and sewage, airports, museums and libraries, insurance claims), written blind in
  that stop and measured once at its final code commit (a review mend after it changed no
  result there or on the other sets): 0.517 / 0.139 (0.60 / 0.17, 0.50 /
  0.17, 0.30 / 0.08, 0.60 / 0.08, 0.60 / 0.08, 0.50 / 0.25); rules alone 0.433 / 0.111,
  with the verifier 0.383 / 0.069; the stop's starting code 0.50 / 0.139 (one rate found
  more, no false alarm more or fewer). Every stated change was found there; ranges (1 of 6
  found), units (1 of 6) and shares (6 of 12) were the weakest. All unsealed sets with
  them: 0.804 / 0.048. Fixes then from three of their false alarms (an acronym defined in
  brackets, a total named by its parts' class, a list of prices as no learned sum): those
  sets 0.517 / 0.097 (in-sample), all unsealed sets 0.804 / 0.046.
* ``blind152``-``blind157`` (tourism and hotels, sport clubs and stadiums, recycling and
  waste, road safety, concerts and festivals, forests and wildfires), written blind in the
  next stop and scored in aggregate only, at arrival and at that stop's final code commit,
  before any of their articles was read: 0.483 / 0.153 both times (0.50 / 0.17, 0.40 / 0.17,
  0.60 / 0.17, 0.50 / 0.25, 0.40 / 0.00, 0.50 / 0.17); the stop's starting code 0.467 /
  0.153; rules alone 0.333 / 0.097. By kind: changes 4 of 6, parts 3 of 6, shares 10 of 12,
  ranges 4 of 6, rates 2 of 12, sums 5 of 12, units 1 of 6. (The helpers' own reports named
  each planted conflict in one line, so their plants were known in outline, not their
  results.) The stop's fixes came from the other sets' misses: a rule warning on figures its
  kind's generator never reads (a range of percentages, a "more than" total) no longer
  vetoed for want of a candidate, "since last Thursday", "since it opened" dated by the day
  it opened rather than "this week", a period shared by two joined figures, "week in, week
  out", a length of time not taken for another instance, key-figures lines split by their
  parent's own label; all unsealed sets before them 0.804 / 0.046 -> 0.814 / 0.046 (twelve
  plants more, no clean article newly warned about).
  After that run, fixes from ``blind152``-``blind157``'s own misses and false alarms
  (in-sample) and from the older sets: lists under a line ending in a colon, a total the
  rate's sentence sums up, a change's size told next ("That is a rise of"), a day range with
  weekdays, "over the 52 weeks", a comma list of percentages, "Of those nights," in quotes,
  "exceeding the limit by", shares that are what a subject offered, a span to date holding no
  later year, "That day", a count's change against a ratio, pounds and euros put together,
  a bare figure restating a count of another thing. ``blind152``-``blind157`` 0.483 / 0.153
  -> 0.600 / 0.111 (in-sample); the older unsealed sets 0.815 / 0.045 -> 0.816 / 0.045.
* ``blind158``-``blind163`` (hospitals and ambulances, tax and customs, power grids, zoos
  and wildlife, police statistics, rail), written blind in the same stop after a brief whose
  helpers reported file names only, and scored once in aggregate at its final code commit
  (e53864d), with no file read before: 0.583 / 0.097 (0.60 / 0.08, 0.70 / 0.17, 0.40 /
  0.25, 0.50 / 0.00, 0.60 / 0.08, 0.70 / 0.00); rules alone 0.283 / 0.111; the stop's
  starting code 0.550 / 0.097. By kind: changes 3 of 6, parts 4 of 6, shares 6 of 12,
  ranges 5 of 6, rates 8 of 12, sums 8 of 12, units 1 of 6. Sealed sets in aggregate:
  0.598 / 0.137.
* The next stop fixed causes found in ``blind152``-``blind163``'s misses and false alarms
  (in-sample there: 0.592 / 0.104 -> 0.683 / 0.063): totals written after their list,
  breakdowns by one dimension, list items named by their label, shares set off after a
  clause or a month's name, "of those N", changes over a base ("over the 641.5 billion", "on
  2019, when 214 ..."), a pointing sentence's change, ranked members, a unit written once
  over a list, elided ordinals ("in the second"), hours behind modifiers, identifiers
  (postcodes, house numbers, a dialled 999), the learned generators held to ``FAR_APART``.
  The older unsealed sets 0.816 / 0.045 -> 0.817 / 0.042; sealed sets in aggregate 0.598 /
  0.137 -> 0.605 / 0.135.
* ``blind164``-``blind169`` (airports and aviation, migration and asylum, construction and
  planning, banking and consumer credit, public health campaigns, fire and rescue), written
  blind in that stop from a brief whose helpers reported file names only, and scored once in
  aggregate at its final code commit (0a5449e), with no file read before: 0.567 / 0.139
  (0.40 / 0.25, 0.60 / 0.08, 0.70 / 0.25, 0.70 / 0.00, 0.40 / 0.17, 0.60 / 0.08); the stop's
  starting code (f91cf4d) 0.567 / 0.125, the same plants found; rules alone 0.450 / 0.153.
  By kind: changes 5 of 6, parts 4 of 6, shares 10 of 12, ranges 2 of 6, rates 8 of 12,
  sums 5 of 12, units 0 of 6. The stop's fixes found no more plants on unseen text, and one
  clean article more drew a warning (a share the extractor used to drop, "1 February, or 15
  per cent of all cases", now read and held as patients against cases). After that run,
  fixes from their misses (in-sample): "comprised", "These were made up of", a whole a few
  more words before its figure for "Revenue was split between"; ``blind164``-``blind169``
  0.567 / 0.139 -> 0.583 / 0.139, the older sets one plant more; sealed sets in aggregate
  0.607 / 0.135. Then a change stated by its size alone whose size is the ratio of two
  unlike counts (six of six unit plants there were of that shape): ``blind164``-``blind169``
  -> 0.617 / 0.139 (in-sample), the older sets unchanged, sealed sets 0.610 / 0.137 (one
  plant more, one clean article more with a warning).
* The next stop fixed general causes from the misses of ``blind152``-``blind169`` (a
  modifier coordinated with a hyphened one, "the 31 days of July", key-figures lines dated
  by the period the lead says they cover, a split-off label's period and "per week" rate,
  "EUR 21 million", a breakdown "by" a dimension, a bare share restating the counts just
  told, a second part joined to a tallied one, shares "of the total" held to the figure
  marked as the total, a change's base of another thing named after its size): all
  unsealed sets 0.796 / 0.049 -> 0.805 / 0.047; sealed sets in aggregate 0.610 / 0.137 ->
  0.612 / 0.135. ``blind170``-``blind175`` (animal welfare, mountain and sea rescue, sport
  finances, water and drought, universities, telecoms), written blind in that stop from a
  brief whose helpers reported file names only, scored once in aggregate at the commit that
  ended the fixes (55fdb0e), with no file read before: 0.567 / 0.069 (0.70 / 0.17, 0.70 /
  0.00, 0.40 / 0.00, 0.50 / 0.08, 0.70 / 0.08, 0.40 / 0.08); the stop's starting code
  (6f85c9d) exactly the same, set by set; rules alone 0.483 / 0.097. By kind: changes 5 of
  6, parts 0 of 6, shares 10 of 12, ranges 6 of 6, rates 5 of 12, sums 5 of 12, units 3 of
  6. Once more the fixes moved nothing on unseen text. After that run, fixes from their
  misses (in-sample): "the wettest day of the spring was 17 May", "through March", "in the
  quarter" skipping the base quarter told before it, a length pointing back skipping a year
  still to come, "over the twelve months" as a span with its own end:
  ``blind170``-``blind175`` 0.567 / 0.069 -> 0.583 / 0.069, the older unsealed sets
  unchanged (0.805 / 0.047), all unsealed sets 0.795 / 0.048; sealed sets in aggregate
  0.615 / 0.135.

After fixing the general causes each set showed (never the article itself), the unsealed
sets score 0.91 recall overall with 0.13% false alarms; but each new set, measured once,
has come in far lower (recall 0.1-0.8, false alarms 0.0-0.42), and the sealed sets have
moved little while dozens of fixes went in: blind29-33 recall 0.26 -> 0.38 -> 0.34 ->
0.36 -> 0.34, false alarms 0.25 -> 0.22 -> 0.20; blind40-41 0.40 / 0.21 at their first
run, 0.45 / 0.17 now; blind51 0.40 / 0.00 at its first run, 0.30 / 0.08 now; blind54 and
blind57 0.30 / 0.08 at their first runs, 0.40 / 0.08 and 0.30 / 0.08 now; blind59-60
0.50 / 0.08 and tempt6-7 false alarms 0.21, then 0.19; blind65-68 0.35 / 0.08 before and
after the blind61-64 round, 0.35 / 0.06 after the next; blind73-75 0.20 / 0.22 before
the blind69-72 round and 0.20 / 0.25 after it, 0.23 / 0.22 after the blind76-77 round;
blind78-79 0.20 / 0.29 before that round and 0.20 / 0.25 after it. The failures on unseen
articles were a long tail of distinct misreadings, each fix removing one; the learned second
look is the first change that moved the sealed sets (recall 0.385 -> 0.606), at the cost of
more false alarms (0.158 -> 0.203), and its vetting of the rules' warnings then brought false
alarms down (0.570 / 0.113). The held-out figure to expect is the sealed one.

A planted article counts as found when a warning or error of the planted kind appears;
a clean article is a false alarm when any numeric warning or error appears.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from claimscope.contract.model import NUMERIC_KINDS, Analysis, Article
from claimscope.layers.base import Draft
from claimscope.layers.findings._ledger import build_ledger
from claimscope.pipeline import Pipeline

ROOT = Path(__file__).parent / "consistency"


def explain(pipeline: Pipeline, article: Article, analysis: Analysis) -> None:
    """The ledger behind one article's findings, one figure a line."""
    doc = pipeline.parse(article)
    draft = Draft(article=article, article_id="explain")
    draft.sentences = list(analysis.sentences)
    draft.quantities = list(analysis.quantities)
    entries = build_ledger(doc, draft)
    kept = {e.q.id for e in entries}
    for e in entries:
        q, per = e.q, e.q.per
        period = q.period.text if q.period else "-"
        if q.period is not None:
            p = q.period
            period += f" [{p.start or p.start_yearless}..{p.end or p.end_yearless}]"
        print(
            f"    {q.id} s{e.sent} {article.text[q.start : q.end]!r} iv={e.iv.lo:g}..{e.iv.hi:g}"
            f" unit={q.unit} counted={q.counted!r} thing={e.thing!r} action={e.action}"
            f" subject={e.subject} place={sorted(e.place)} names={sorted(e.scope.names)}"
            f" other={e.scope.other} hedged={e.scope.hedged} period={period}"
            f" per={per}"
        )
    for q in analysis.quantities:
        if q.id not in kept:
            print(f"    {q.id} NOT IN LEDGER {article.text[q.start : q.end]!r} value={q.value}")
    for f in analysis.findings:
        print(f"    -> {f.kind} {f.severity} {f.quantities}: {f.explanation}")


#: Sets kept out of every development run: measured in aggregate only (``--sealed``), their
#: articles never read and their misses never printed, so their scores stay a first run.
SEALED = (
    "blind29",
    "blind30",
    "blind31",
    "blind32",
    "blind33",
    "blind40",
    "blind41",
    "blind51",
    "blind54",
    "blind57",
    "blind59",
    "blind60",
    "tempt6",
    "tempt7",
    "blind65",
    "blind66",
    "blind67",
    "blind68",
    "blind73",
    "blind74",
    "blind75",
    "blind78",
    "blind79",
    "blind81",
    "blind82",
    "blind83",
    "blind85",
    "blind87",
    "blind89",
    "blind90",
    "blind91",
    "blind96",
    "blind97",
    "blind98",
    "blind100",
    "blind116",
    "blind117",
    "blind118",
    "blind119",
    "blind120",
    "blind121",
    "blind122",
    "blind123",
)


def _scores(found: int, planted: int, alarms: int, clean: int, extra: int) -> dict[str, float]:
    return {
        "planted": planted,
        "recall": found / planted if planted else 0.0,
        "clean": clean,
        "false_alarm_share": alarms / clean if clean else 0.0,
        # planted articles that also warn of a kind not planted: false alarms there
        "planted_with_other_warning": extra / planted if planted else 0.0,
    }


def main(
    verbose: bool = False,
    subset: str | None = None,
    *,
    explaining: bool = False,
    sealed: bool = False,
    by_set: bool = False,
    verify_numbers: bool = False,
    learned_pairs: bool = True,
) -> dict[str, float]:
    """Score the sets named in ``subset`` (comma-separated), or every unsealed set."""
    manifest = json.loads((ROOT / "manifest.json").read_text(encoding="utf-8"))
    if sealed:  # the sealed sets named in ``subset``, or all of them, in aggregate only
        wanted = set(SEALED) & set(subset.split(",")) if subset else set(SEALED)
    elif subset is not None:
        named = set(subset.split(","))
        wanted = named - set(SEALED)
        if named & set(SEALED):  # their misses are never printed: only --sealed reads them
            left = ", ".join(sorted(named & set(SEALED)))
            print(
                f"sealed sets left out (use --sealed for their aggregate): {left}", file=sys.stderr
            )
    else:
        wanted = {k.split("/")[0] for k in manifest} - set(SEALED)
    manifest = {k: v for k, v in manifest.items() if k.split("/")[0] in wanted}
    quiet = sealed
    pipeline = Pipeline(
        only=["quantities", "findings"], verify_numbers=verify_numbers, learned_pairs=learned_pairs
    )
    tally: dict[str, list[int]] = {}
    for name, meta in sorted(manifest.items()):
        text = (ROOT / name).read_text(encoding="utf-8")
        article = Article(text=text, published=meta["published"])
        analysis = pipeline.analyze(article)
        warnings = [
            f for f in analysis.findings if f.kind in NUMERIC_KINDS and f.severity != "info"
        ]
        kinds = sorted({f.kind for f in warnings})
        row = tally.setdefault(name.split("/")[0], [0, 0, 0, 0, 0])
        if meta["planted"]:
            hit = meta["planted"] in kinds
            row[0] += hit
            row[1] += 1
            row[4] += any(k != meta["planted"] for k in kinds)
            status = "found" if hit else "MISSED"
        else:
            row[2] += bool(warnings)
            row[3] += 1
            status = "FALSE ALARM" if warnings else "clean"
        if not quiet and (verbose or status in ("MISSED", "FALSE ALARM")):
            print(f"{status:12} {name} planted={meta['planted']} got={kinds}")
            if explaining and status in ("MISSED", "FALSE ALARM"):
                explain(pipeline, article, analysis)
            elif verbose:
                for f in analysis.findings:
                    print(f"    {f.kind} {f.severity}: {f.message}\n        {f.explanation}")
    if by_set:
        for name, row in sorted(tally.items(), key=lambda kv: _set_order(kv[0])):
            s = _scores(*row)
            print(
                f"{name:10} recall {s['recall']:.2f} ({row[0]}/{row[1]})  "
                f"false alarms {s['false_alarm_share']:.2f} ({row[2]}/{row[3]})"
            )
    total = [sum(col) for col in zip(*tally.values(), strict=True)] if tally else [0] * 5
    scores = _scores(*total)
    print(json.dumps(scores))
    return scores


def _set_order(name: str) -> tuple[int, str]:
    digits = "".join(c for c in name if c.isdigit())
    return (int(digits) if digits else 0, name)


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    main(
        verbose="-v" in sys.argv,
        subset=args[0] if args else None,
        explaining="--explain" in sys.argv,
        sealed="--sealed" in sys.argv,
        by_set="--by-set" in sys.argv,
        verify_numbers="--verify-numbers" in sys.argv,
        learned_pairs="--rules-only" not in sys.argv,
    )
