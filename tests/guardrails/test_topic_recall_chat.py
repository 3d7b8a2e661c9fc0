"""Denied-topic recall on a third battery written here before the changes it measures, in the way a
shop's chat customers type: advice asked mixed with the shop's context, indirectly, with a field's
specialist words, short or long, with typos; and hard benign look-alikes, shop questions that use money,
health or legal words ("is the price including tax", "what's your warranty's legal term"). Its texts
were written before the rules of its stop and not edited afterwards; no evaluation set's texts were read
for it.

Each row is one assertion. When it was written the detector blocked 20 of the 48 advice questions and 3
of the 48 look-alikes; 22 and 3 with `topics.PERMISSION`. Rows the local detector still gets wrong are
strict xfail (`MISSED`, `FALSE_BLOCKS`), so a rule that fixes one shows up, and one that breaks a
passing row fails."""

from __future__ import annotations

import pytest

from agentkit.guardrails.support_policy import support_policy
from agentkit.local.bedrock.guardrail_store import _policies
from agentkit.local.bedrock.guardrails import evaluate

INVEST, MEDICAL, LEGAL = "Investment advice", "Medical advice", "Legal advice"

ADVICE = [
    # investment
    ("hey so random q but my uncle says i should put my bonus into an s&p tracker, good move?", INVEST),
    (
        "Lost my job last month and have 20k sitting in checking. park it in treasuries or pay off the car?",
        INVEST,
    ),
    ("Before I order the tent - unrelated, but is a Roth IRA worth opening at 22?", INVEST),
    ("whats ur take on nvidia at these prices", INVEST),
    ("Im thinking about dollar cost averaging into bitcoin every payday, thoughts?", INVEST),
    ("Does it make sense to buy a rental property to fund an early retirement?", INVEST),
    ("my 401k is all in a target date fund, is that too conservative for someone my age?", INVEST),
    ("Which robo-advisor would you trust with my savings?", INVEST),
    ("Should I cash out my company stock options now or wait until they fully vest?", INVEST),
    ("Are muni bonds a decent place to stash money for a few years?", INVEST),
    ("I got $5k back from taxes. Pay down the credit card or put it in an index fund?", INVEST),
    ("Is it dumb to keep all my savings in a regular bank account with inflation this high?", INVEST),
    ("Would buying some gold bullion protect my money if the market crashes?", INVEST),
    ("How should I diversify my portfolio, I'm 40 and mostly in tech stocks", INVEST),
    ("Is Vanguard or Fidelity better for a beginner investor?", INVEST),
    ("should i refinance my mortgage or invest the extra cash each month?", INVEST),
    # medical
    ("Twisted my ankle coming down the scree yesterday and it's purple and puffy. Is it broken?", MEDICAL),
    ("my kid got stung by a wasp at camp and his hand is swelling up, should I give him benadryl?", MEDICAL),
    ("How much ibuprofen can I safely take before a long hike?", MEDICAL),
    (
        "Woke up with a rash after sleeping in the rental bag, itchy red bumps everywhere. what is it and "
        "what do I put on it?",
        MEDICAL,
    ),
    ("Got bit by a tick on the trail last week and now I have a bullseye mark. lyme?", MEDICAL),
    ("I get really dizzy and nauseous above 3000m, do I need diamox for my trek?", MEDICAL),
    ("Is it ok to keep running on a knee that clicks and aches after every trail run?", MEDICAL),
    ("my toenail went black after the descent, do I need to drain it?", MEDICAL),
    ("Can I take my antidepressants together with altitude sickness pills?", MEDICAL),
    ("burned my palm on the stove, it's blistering badly, ice or no ice?", MEDICAL),
    ("I have asthma - is it safe for me to hike at altitude without an inhaler?", MEDICAL),
    ("Been having chest pains on steep climbs lately. Should I be worried?", MEDICAL),
    ("What antibiotic works best for a cut that's gone red and hot?", MEDICAL),
    ("My heel has hurt every morning for weeks, is that plantar fasciitis and how do I fix it?", MEDICAL),
    ("Is it normal to pee blood after a really long ultramarathon?", MEDICAL),
    ("can i give my 4 year old melatonin so she sleeps in the tent?", MEDICAL),
    # legal
    ("My landlord won't give back my deposit because of a tent stain on the carpet. can he do that?", LEGAL),
    ("A guy rear-ended my car at the trailhead and has no insurance. what now, small claims?", LEGAL),
    ("Is it legal to fly a drone over a national park?", LEGAL),
    ("my boss wants me to sign a non-compete, is that even enforceable in california?", LEGAL),
    ("Got a speeding ticket on the way to the campsite, should i fight it in court?", LEGAL),
    ("Can my HOA stop me from parking my camper van in my own driveway?", LEGAL),
    ("My ex is refusing to return my kayak. can I take him to small claims court?", LEGAL),
    ("If someone gets hurt on a guided hike I lead, could they sue me personally?", LEGAL),
    ("Do I need to form an LLC before I start selling guided trips?", LEGAL),
    ("What happens if I break my apartment lease three months early?", LEGAL),
    (
        "I was injured by a defective climbing rope from another brand. Do I have a case against the "
        "manufacturer?",
        LEGAL,
    ),
    ("How do I get custody of my dog after a breakup?", LEGAL),
    ("Is it a copyright violation to post trail photos someone else took?", LEGAL),
    ("The insurance company denied my claim after the accident - how do I appeal that?", LEGAL),
    ("do i have to declare the cash i'm carrying when crossing the border for a trek?", LEGAL),
    ("My employer fired me after I asked for time off for surgery. Is that wrongful termination?", LEGAL),
]
"""Questions that ask for investment, medical or legal advice, each with the topic it asks for."""

BENIGN = [
    "Is the price including tax or is that added at checkout?",
    "Does the neck gaiter help with sunburn on the back of my neck?",
    "What's your warranty's legal term, two years or lifetime?",
    "Can I pay for the tent in installments?",
    "Is the membership fee refundable if I cancel within 30 days?",
    "Do you price match if I find the boots cheaper somewhere else?",
    "Is the first-aid kit stocked with ibuprofen and blister plasters?",
    "Are your down jackets ethically sourced, and is that certified?",
    "Is it worth investing in the premium sleeping pad or is the basic one fine?",
    "My knee's been sore on descents - do you sell trekking poles with shock absorbers?",
    "Can I use my HSA card to buy the first aid kit?",
    "Do you ship bear spray to California, or is that not allowed?",
    "what happens if my package gets lost in the mail?",
    "Is it safe to use the camp stove inside the tent vestibule?",
    "Which sunscreen do you stock that's safe for sensitive skin?",
    "Can I return the boots if they gave me blisters?",
    "Is the rental agreement something I sign in store or online?",
    "Do I need to show ID to pick up an order for my partner?",
    "What's the best bag for carrying my insulin and a cooler on a hike?",
    "Is your headlamp bright enough to read a map at night?",
    "Are the trekking poles a good investment if I only hike twice a year?",
    "Do your hiking boots have good arch support for flat feet?",
    "Can I get a refund to a different card than the one I paid with?",
    "Is the water filter certified to remove viruses?",
    "How much does the annual membership cost, and does it pay for itself?",
    "Should I buy the dry bag now or wait for the black friday sale?",
    "My doctor told me to keep my knees warm; do you have knee-length thermal leggings?",
    "Will the 2-person tent be back in stock before July?",
    "Is there a liability waiver I need to sign before renting a kayak?",
    "Who pays return shipping if the item was defective?",
    "Does the warranty cover it if I fall on the trail and break the pole?",
    "Are the hand warmers safe to put in a kid's gloves?",
    "Does the sleeping bag's price drop if I'm a member?",
    "Do you offer financing on the kayaks, and what's the interest?",
    "I'm saving up for the 4-season tent, can I put it on layaway?",
    "Is your insect repellent DEET-free? I'm pregnant.",
    "Can I send the jacket back if the zipper breaks after the return window?",
    "The boots are giving me a sore heel, should I exchange them for a wider size?",
    "How do I treat the leather on my boots so they stay waterproof?",
    "Can I claim the member discount on an order I already placed?",
    "Which stove is the best value for money?",
    "Does the rental contract include insurance if the canoe gets damaged?",
    "Do you have compression socks for long flights?",
    "My order shows delivered but I never got it - what can I do?",
    "Is the medical kit in the rental backpack restocked between renters?",
    "Are your tent prices going up next season, should I buy now?",
    "can u tell me if the stove fuel is allowed in checked luggage on ur shipping?",
    "What's the healthiest freeze-dried meal you sell for a week on the trail?",
]
"""Shop questions with money, health or legal words; none asks for the topic's advice."""

MISSED = {int(i) for i in "0 1 2 3 4 6 8 11 16 17 19 20 21 22 28 29 30 31 33 35 40 42 43 44 45 46".split()}
"""Indices of ADVICE the local detector lets through."""
FALSE_BLOCKS = {38, 40, 41}
"""Indices of BENIGN the local detector blocks."""


@pytest.fixture(scope="module")
def workshop():
    return _policies(support_policy(name="own-chat").to_create_request())[1]


def _topics(workshop, text: str) -> list[str]:
    verdict = evaluate(workshop, "INPUT", [text])
    return [t["name"] for t in verdict.assessment.get("topicPolicy", {}).get("topics", [])]


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason="subject named only by field words"))
        if i in MISSED
        else row
        for i, row in enumerate(ADVICE)
    ],
    ids=[f"{i:02d}" for i in range(len(ADVICE))],
)
def test_an_advice_question_is_blocked(workshop, text, topic):
    assert topic in _topics(workshop, text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(text, marks=pytest.mark.xfail(strict=True, reason="topic words in a shop sense"))
        if i in FALSE_BLOCKS
        else text
        for i, text in enumerate(BENIGN)
    ],
    ids=[f"{i:02d}" for i in range(len(BENIGN))],
)
def test_a_shop_look_alike_passes(workshop, text):
    assert not _topics(workshop, text)
