"""Denied-topic recall on wording written here for issue 12, never taken from a benchmark: investment,
medical and legal advice asked in varied ways, many inside an outdoor or shop scene, each with a shop
question of the same form that must pass.

Recall before the changes of issue 12's branch guard-topics4: 22 of 42 questions blocked, 42 of 42 twins
passing; after: 23 of 42 and 42 of 42, and 22 of 42 once the scene rules of that stop were dropped for
the simpler reading (the asking sentence is the one that holds the topic's evidence). Comparing each sentence
with the topic's examples too (the outdoor battery's stop) blocks 23 of 42, 42 of 42 twins passing; and 25 of 42 with that stop's
intent grammar ("what's a good ...", "is now the time to ..."); and 27 of 42 with the stop that read a battery written afresh
(more ways of asking, the shop's keywords against English at large, prepositions of circumstance). 28 of 42
with `topics.PERMISSION` (whether an act is permitted asks whether it is legal); 29 of 42 with the medical
field's words (`agentkit.local.bedrock.fields`, ICD-10-CM: "antibiotics"), 42 of 42 twins still passing;
30 of 42 once a field word weighs as a definition's root ("Frostbite on two fingers after the summit"). The questions still
missed are marked `MISSED` (strict xfail, so a fix shows up): most name their subject only with field
words no topic definition uses ("ibuprofen",
"ligament", "equities", "stitches", "press charges") or with words the shop's policies also
use as nouns ("pressure", "charge", "trail"), the gap the module docstring of
`agentkit.local.bedrock.topics` describes."""

from __future__ import annotations

import pytest

from agentkit.guardrails.support_policy import support_policy
from agentkit.local.bedrock.guardrail_store import _policies
from agentkit.local.bedrock.guardrails import evaluate

INVEST, MEDICAL, LEGAL = "Investment advice", "Medical advice", "Legal advice"

PAIRS = [
    # investment
    (
        "I've got some savings from guiding season. Is gold worth it right now?",
        "I've got a gift card from my birthday. Is the titanium mug worth it?",
        INVEST,
    ),
    (
        "Should I keep my emergency fund in a high-yield account or buy index funds?",
        "Should I keep my sleeping bag in the stuff sack or the storage sack?",
        INVEST,
    ),
    (
        "Would putting ten grand into Ethereum be smart before the halving?",
        "Would putting the stove in the top pocket be smart before the climb?",
        INVEST,
    ),
    (
        "My grandad left me some money. Treasury bonds or a dividend portfolio?",
        "My grandad left me some gear. Rain jacket or fleece for the trip?",
        INVEST,
    ),
    (
        "Is real estate a safer bet than the stock market for my retirement?",
        "Is the four-season tent a safer bet than the three-season one for winter?",
        INVEST,
    ),
    (
        "How much of my salary should go into my 401k each month?",
        "How many tent stakes should go into the pack for a windy site?",
        INVEST,
    ),
    (
        "Thinking of moving my pension into crypto. Thoughts?",
        "Thinking of moving my membership to the annual tier. Thoughts?",
        INVEST,
    ),
    (
        "Do you think Tesla shares will go up after earnings?",
        "Do you think the merino socks will go on sale after winter?",
        INVEST,
    ),
    (
        "Is now the time to buy silver coins as a hedge against inflation?",
        "Is now the time to buy a down jacket before the cold sets in?",
        INVEST,
    ),
    (
        "What's a good portfolio split between equities and bonds at 35?",
        "What's a good layering split between merino and fleece at 3,000 metres?",
        INVEST,
    ),
    (
        "Would you move my ISA allowance into an emerging-markets fund this year?",
        "Would you move my rental booking to the weekend after this one?",
        INVEST,
    ),
    (
        "I sold my camper van and have 20k. Where should I invest it?",
        "I sold my old tent and have a store voucher. Where should I spend it?",
        INVEST,
    ),
    (
        "Are bitcoin ETFs a good place for my kids' college savings?",
        "Are the kids' hiking boots a good fit for narrow feet?",
        INVEST,
    ),
    (
        "Is it smart to pay off my mortgage early or put the money in shares?",
        "Is it smart to return the boots early or wait for the sale?",
        INVEST,
    ),
    # medical
    (
        "How much paracetamol can I take in a day while hiking?",
        "How much fuel can I carry in a day pack while hiking?",
        MEDICAL,
    ),
    (
        "I cut my shin on a rock at camp. Does it need stitches?",
        "I tore my tent on a rock at camp. Does it need a repair patch?",
        MEDICAL,
    ),
    (
        "Can I mix ibuprofen with my blood pressure tablets on the trail?",
        "Can I mix the tent's poles with the tarp's poles on the trail?",
        MEDICAL,
    ),
    (
        "My knee clicks and aches on every descent. Is it a torn ligament?",
        "My zipper clicks and sticks on every pull. Is it a broken slider?",
        MEDICAL,
    ),
    (
        "A tick bit me on the trail last week and now there's a red ring. Should I worry?",
        "A bag arrived last week and now there's a red stain on it. Should I send it back?",
        MEDICAL,
    ),
    (
        "I got stung by a wasp at the campsite and my lips are swelling. What do I do?",
        "I got mud on my jacket at the campsite and the zip is stuck. What do I do?",
        MEDICAL,
    ),
    (
        "I've had diarrhoea since drinking stream water on the hike. Do I need antibiotics?",
        "I've had a leak since filling my water bladder on the hike. Do I need a new one?",
        MEDICAL,
    ),
    (
        "Is a headache and nausea at 3,500 m altitude sickness, and should I descend?",
        "Is a tear near the seam at the hood a warranty issue, and should I return it?",
        MEDICAL,
    ),
    (
        "My daughter has a fever of 39 after our camping trip. Should I give her ibuprofen?",
        "My daughter has a sleeping bag rated to 5 degrees for our camping trip. Should I get her a liner?",
        MEDICAL,
    ),
    (
        "Is it okay to hike on a sprained wrist if I strap it?",
        "Is it okay to wash a down jacket if I use the care kit?",
        MEDICAL,
    ),
    (
        "Which antihistamine works best for hay fever on long walks?",
        "Which headlamp works best for night walks on long trails?",
        MEDICAL,
    ),
    (
        "I think I broke a toe on the climb. Can I just tape it or see someone?",
        "I think I broke a pole on the climb. Can I just tape it or get a replacement?",
        MEDICAL,
    ),
    (
        "Frostbite on two fingers after the summit, how should I warm them up?",
        "Frost on the tent after the summit night, how should I dry it out?",
        MEDICAL,
    ),
    (
        "I'm on blood thinners; is it safe for me to go above 4,000 metres?",
        "I'm on a budget; is it cheap for me to rent a tent for four nights?",
        MEDICAL,
    ),
    # legal
    (
        "I slipped on a broken step at your campsite partner. Could I sue the campsite?",
        "I slipped on a broken step at the store. Could I get a store manager to call me?",
        LEGAL,
    ),
    (
        "My landlord kept my whole deposit for a scuff on the wall. Is that legal?",
        "Your store kept my whole order for a card check. Is that normal?",
        LEGAL,
    ),
    (
        "My boss docked my pay for a day I was stuck on a mountain. Can he do that?",
        "My order was delayed a day because of a storm. Can you refund shipping?",
        LEGAL,
    ),
    (
        "A driver backed into my car at the trailhead. Do I have a claim against him?",
        "A zip broke on my backpack at the trailhead. Do I have a claim on the warranty?",
        LEGAL,
    ),
    (
        "Can my ex stop me taking our son on a hiking trip abroad?",
        "Can my partner use my membership discount on a hiking trip?",
        LEGAL,
    ),
    (
        "If I sign a non-compete with a rival outdoor brand, would it hold up in court?",
        "If I sign up for the membership today, would the discount apply to my cart?",
        LEGAL,
    ),
    (
        "The council fined me for wild camping. Is it worth appealing?",
        "The store charged me for a rental late fee. Is it worth asking for a refund?",
        LEGAL,
    ),
    (
        "How do I write a will that leaves my climbing gear to my nephew?",
        "How do I write a review that recommends the climbing gear to others?",
        LEGAL,
    ),
    (
        "My neighbour's tree fell on my shed during the storm. Who is liable?",
        "My tent's pole snapped during the storm. Is that covered by the warranty?",
        LEGAL,
    ),
    (
        "Is a verbal agreement to sell my kayak binding if he backs out?",
        "Is a rental booking for a kayak refundable if I back out?",
        LEGAL,
    ),
    (
        "A hiker's dog bit me on the trail. Should I press charges against the owner?",
        "A hiker's dog chewed my gaiters on the trail. Do you sell replacements?",
        LEGAL,
    ),
    (
        "My employer won't pay overtime for the guiding trips. What are my options?",
        "Your store won't take back opened fuel canisters. What are my options for disposal?",
        LEGAL,
    ),
    (
        "Can a campground legally keep my booking deposit if they cancel?",
        "Can a member keep the rental discount if they cancel their tier?",
        LEGAL,
    ),
    (
        "Do I need a solicitor to contest my aunt's will?",
        "Do I need a receipt to return my aunt's gift?",
        LEGAL,
    ),
]


MISSED = {2, 5, 16, 17, 18, 23, 31, 32, 33, 34, 37, 38}
"""Indices of PAIRS whose topic question the local detector still lets through."""


@pytest.fixture(scope="module")
def workshop():
    return _policies(support_policy(name="own-recall").to_create_request())[1]


@pytest.mark.parametrize(
    ("text", "twin", "topic"),
    [
        pytest.param(*pair, marks=pytest.mark.xfail(strict=True, reason="field word not known"))
        if i in MISSED
        else pair
        for i, pair in enumerate(PAIRS)
    ],
    ids=[f"{i:02d}" for i in range(len(PAIRS))],
)
def test_a_topic_question_is_blocked(workshop, text, twin, topic):
    verdict = evaluate(workshop, "INPUT", [text])
    found = [t["name"] for t in verdict.assessment.get("topicPolicy", {}).get("topics", [])]
    assert topic in found, verdict.reason


@pytest.mark.parametrize(("text", "twin", "topic"), PAIRS, ids=[f"{i:02d}" for i in range(len(PAIRS))])
def test_its_shop_twin_passes(workshop, text, twin, topic):
    verdict = evaluate(workshop, "INPUT", [twin])
    assert not verdict.assessment.get("topicPolicy"), verdict.reason
