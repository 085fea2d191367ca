"""The real content the portal starts with, from the seed document (shared/seeds), in English and
in a Serbian (Latin script) translation written for this site.

Only facts from the seed are here; everything else is for editors to add in the admin. The seed
release carries no exact day: it reports figures "between 2001 and October 2006" for "this year",
so it is dated 1 November 2006, the earliest date consistent with its text; editors can correct it.
"""

import datetime
from dataclasses import dataclass


@dataclass(frozen=True)
class T:
    """A text and its Serbian translation."""

    en: str
    sr: str


@dataclass(frozen=True)
class Rich:
    """Paragraphs of rich text (HTML inside each paragraph) with their Serbian translation."""

    paragraphs: tuple


WHO_WE_ARE = T(
    "The International Organization for Migration (IOM) is part of the United Nations System as the "
    "leading inter-governmental organization promoting since 1951 humane and orderly migration for the "
    "benefit of all, with 175 member states and a presence in over 100 countries. IOM has had presence "
    "in Serbia since 1992.",
    "Međunarodna organizacija za migracije (IOM), vodeća međuvladina organizacija u oblasti migracija, "
    "deo je sistema Ujedinjenih nacija. Od 1951. godine zalaže se za humane i uređene migracije na "
    "dobrobit svih. Ima 175 država članica i prisutna je u više od 100 zemalja, a u Srbiji od 1992. godine.",
)

OUR_WORK = T(
    "As the leading inter-governmental organization promoting since 1951 humane and orderly migration, "
    "IOM plays a key role to support the achievement of the 2030 Agenda through different areas of "
    "intervention that connect both humanitarian assistance and sustainable development.",
    "Kao vodeća međuvladina organizacija koja se od 1951. godine zalaže za humane i uređene migracije, "
    "IOM ima ključnu ulogu u ostvarivanju Agende 2030: radi u različitim oblastima, povezujući "
    "humanitarnu pomoć i održivi razvoj.",
)

ASSISTANCE = T(
    "Through the field support team and the reintegration centre, victims can get assistance such as "
    "accommodation, medical and legal help, family mediation, psychological counseling, as well as "
    "vocational training and help with further education.",
    "Preko terenskog tima podrške i centra za reintegraciju žrtve mogu da dobiju smeštaj, medicinsku i "
    "pravnu pomoć, porodičnu medijaciju i psihološko savetovanje, kao i stručnu obuku i pomoć u daljem "
    "školovanju.",
)

THREE_INITIATIVES = T(
    "IOM has worked together with Atina to design the three initiatives which also include a transition "
    "house for trafficked victims and the creation of a field support team.",
    "IOM je zajedno sa Atinom osmislio tri inicijative, koje obuhvataju i tranzitnu kuću za žrtve "
    "trgovine ljudima i osnivanje terenskog tima podrške.",
)

DESIGNED_FOR_NEEDS = T(
    "The programmes have been designed to address what has been until now a rather ad hoc response to "
    "providing victim assistance and reflect the needs and experiences of people who have either already "
    "been helped or are currently being provided assistance. The initiatives will also allow for "
    "assistance to be given in rural areas and not just in the Serb capital.",
    "Programi su osmišljeni da zamene dosadašnju pomoć žrtvama, koja je uglavnom pružana ad hoc, a "
    "zasnivaju se na potrebama i iskustvima ljudi koji su pomoć već dobili ili je sada dobijaju. "
    "Zahvaljujući ovim inicijativama, pomoć će se pružati i u ruralnim područjima, a ne samo u glavnom "
    "gradu.",
)

STATISTICS = T(
    "Both official and IOM statistics show that the number of Serbian trafficked victims has been "
    "increasing in recent years. Out of 348 people helped by IOM between 2001 and October 2006, 71 were "
    "assisted this year alone, the majority of them Serbian nationals.",
    "I zvanični podaci i podaci IOM-a pokazuju da je poslednjih godina sve više žrtava trgovine ljudima "
    "iz Srbije. Od 348 osoba kojima je IOM pomogao od 2001. do oktobra 2006. godine, 71 osoba je pomoć "
    "dobila samo ove godine; većina njih su državljani Srbije.",
)

KEY_FIGURES = {
    "title": T("In figures", "U brojkama"),
    "figures": [
        {
            "figure": "348",
            "label": T(
                "people helped by IOM between 2001 and October 2006",
                "osoba kojima je IOM pomogao od 2001. do oktobra 2006.",
            ),
        },
        {
            "figure": "71",
            "label": T(
                "of them assisted in 2006 alone, the majority Serbian nationals",
                "od njih pomoć dobilo samo 2006. godine, većinom državljani Srbije",
            ),
        },
    ],
}

# No office is seeded: the seed names "IOM Belgrade" but gives no address, phone or opening hours, and
# an office card with a name only would tell readers nothing. Editors add offices in the admin.

PRESS_CONTACT = {
    "key": "contact:jovana-skrnjug",
    "name": "Jovana Skrnjug",
    "organisation": T("IOM Belgrade", "IOM Beograd"),
    "email": "jskrnjug@iom.int",
}

# Topics releases are filed under; readers filter the news by them.
TOPICS = [
    {
        "key": "topic:counter-trafficking",
        "name": T("Counter-trafficking", "Borba protiv trgovine ljudima"),
        "slug": T("counter-trafficking", "borba-protiv-trgovine-ljudima"),
    },
]

# Partners of the programmes, from the seed release. The role each plays lives on the programme.
PARTNERS = [
    {
        "key": "partner:atina",
        "name": T("Atina", "Atina"),
        "link": "http://www.atina.org.yu",
        "description": T(
            "The non-governmental organization (NGO) that manages the reintegration centre.",
            "Nevladina organizacija (NVO) koja upravlja centrom za reintegraciju.",
        ),
    },
    {
        "key": "partner:iom",
        "name": T("International Organization for Migration (IOM)", "Međunarodna organizacija za migracije (IOM)"),
        "description": WHO_WE_ARE,
    },
    {
        "key": "partner:sida",
        "name": T(
            "Swedish International Development Cooperation Agency (Sida)",
            "Švedska agencija za međunarodnu razvojnu saradnju (Sida)",
        ),
    },
]

# The assistance the seed lists for the field support team and the reintegration centre.
SERVICES = [
    ("service", {"name": T("Accommodation", "Smeštaj")}),
    ("service", {"name": T("Medical help", "Medicinska pomoć")}),
    ("service", {"name": T("Legal help", "Pravna pomoć")}),
    ("service", {"name": T("Family mediation", "Porodična medijacija")}),
    ("service", {"name": T("Psychological counselling", "Psihološko savetovanje")}),
    ("service", {"name": T("Vocational training", "Stručna obuka")}),
    ("service", {"name": T("Help with further education", "Pomoć u daljem školovanju")}),
]

WHO_FOR_VICTIMS = T("Victims of trafficking.", "Žrtve trgovine ljudima.")

PRIVACY_NOTICE = Rich(
    (
        T(
            "This notice describes what this website does with the personal data you send through its contact form.",
            "Ovo obaveštenje objašnjava kako ovaj veb-sajt postupa sa podacima o ličnosti koje pošaljete "
            "preko kontakt formulara.",
        ),
        T(
            "When you send a message, your name, e-mail address, the topic you chose, your message and "
            "your consent are stored in the website's database and sent by e-mail to the staff who answer "
            "messages. They are used only to answer you.",
            "Kada pošaljete poruku, vaše ime, imejl adresa, tema koju ste izabrali, vaša poruka i vaš "
            "pristanak čuvaju se u bazi podataka veb-sajta i šalju imejlom zaposlenima koji odgovaraju "
            "na poruke. Koriste se samo da bismo vam odgovorili.",
        ),
        T(
            "Messages are deleted automatically after the retention period set for the website (180 days "
            "unless the administrators set another). Your IP address is not stored: to limit abuse, the "
            "website keeps only a scrambled form of it, for at most one hour.",
            "Poruke se automatski brišu po isteku roka čuvanja podešenog za veb-sajt (180 dana, osim ako "
            "administratori ne podese drugi rok). Vaša IP adresa se ne čuva: radi sprečavanja zloupotrebe, "
            "veb-sajt čuva samo njen šifrovani oblik, najduže jedan sat.",
        ),
        T(
            "This website uses no trackers and no analytics, and its pages make no requests to third "
            "parties. A cookie is set only to protect the contact form against forgery.",
            "Ovaj veb-sajt ne koristi alate za praćenje ni analitiku, a njegove stranice ne šalju zahteve "
            "trećim stranama. Kolačić se postavlja samo radi zaštite kontakt formulara od zloupotrebe.",
        ),
    )
)

# General advice on using the web safely (not about the organisations): what browsers keep and how to
# clear it. Linked next to the "Leave this site" button on every page.
COVER_TRACKS = Rich(
    (
        T(
            "The “Leave this site” button at the top of every page takes you straight to a neutral website. "
            "You can also press the Shift key three times.",
            "Dugme „Napusti sajt” na vrhu svake stranice odmah vas vodi na neutralan veb-sajt. Možete i tri "
            "puta da pritisnete taster Shift.",
        ),
        T(
            "<b>The back button.</b> While you move around this website, each of its pages takes the place "
            "of the one before in the browser's back button, and leaving takes the place of the last one. "
            "After you leave, the back button does not lead to the pages of this website you read in that "
            "tab. This is all a website can do, and it has limits: it needs JavaScript to be on; the back "
            "button still leads to the page you came from before this website, such as a search engine; "
            "pages of this website open in other tabs stay there; and after you send the contact form, the "
            "form's page stays in the back button.",
            "<b>Dugme za povratak.</b> Dok se krećete kroz ovaj veb-sajt, svaka njegova stranica zauzima "
            "mesto prethodne u dugmetu za povratak u pregledaču, a napuštanje sajta zauzima mesto poslednje. "
            "Pošto napustite sajt, dugme za povratak ne vodi na stranice ovog veb-sajta koje ste čitali u "
            "toj kartici. Više od toga veb-sajt ne može da uradi, i to ima granice: potrebno je da "
            "JavaScript bude uključen; dugme za povratak i dalje vodi na stranicu sa koje ste došli pre ovog "
            "veb-sajta, na primer na pretraživač; stranice ovog veb-sajta otvorene u drugim karticama ostaju "
            "u njima; a posle slanja kontakt formulara stranica formulara ostaje u dugmetu za povratak.",
        ),
        T(
            "<b>The browser's history list.</b> None of this deletes your browsing history: the browser "
            "still lists every page of this website you opened, with the time. Read on to delete it.",
            "<b>Spisak istorije u pregledaču.</b> Ništa od ovoga ne briše istoriju pregledanja: pregledač i "
            "dalje prikazuje svaku stranicu ovog veb-sajta koju ste otvorili, sa vremenom. U nastavku "
            "pročitajte kako da je obrišete.",
        ),
        T(
            "<b>Browsing history.</b> Browsers remember the pages you visit. You can delete this history, "
            "or only the pages of this website, in your browser's settings, usually under “History” or "
            "“Privacy”. Deleting the whole history can itself be noticed by someone who checks the device.",
            "<b>Istorija pregledanja.</b> Pregledači pamte stranice koje posećujete. Tu istoriju, ili samo "
            "stranice ovog veb-sajta, možete da obrišete u podešavanjima pregledača, obično pod „Istorija” "
            "ili „Privatnost”. Ako obrišete celu istoriju, to može da primeti neko ko proverava uređaj.",
        ),
        T(
            "<b>Private browsing.</b> A private or incognito window does not keep the pages you visit, "
            "the cookies or what you type into forms once you close it. It does not hide your visit from "
            "your internet provider, your employer's network or software installed on the device.",
            "<b>Privatno pregledanje.</b> Kada zatvorite privatni (inkognito) prozor, pregledač ne pamti "
            "stranice koje ste u njemu posetili, kolačiće ni ono što ste uneli u formulare. Privatni prozor "
            "ne skriva vašu posetu od internet provajdera, mreže poslodavca ni programa instaliranih na "
            "uređaju.",
        ),
        T(
            "<b>Shared devices.</b> If someone else uses your phone or computer, or can look at it, use a "
            "device they cannot reach, such as one in a library or at a trusted friend's home. Sign out of "
            "e-mail and other accounts when you finish, and check that the browser has not saved your "
            "passwords.",
            "<b>Zajednički uređaji.</b> Ako neko drugi koristi vaš telefon ili računar, ili može da ga "
            "pregleda, koristite uređaj do kog ta osoba ne može da dođe, na primer u biblioteci ili kod "
            "prijatelja kome verujete. Kada završite, odjavite se iz imejla i drugih naloga i proverite da "
            "pregledač nije sačuvao vaše lozinke.",
        ),
        T(
            "<b>Messages and calls.</b> E-mails, text messages and call lists stay on the device and in "
            "your accounts until you delete them, including from the “Deleted” or “Trash” folder.",
            "<b>Poruke i pozivi.</b> Imejlovi, SMS poruke i spisak poziva ostaju na uređaju i u vašim "
            "nalozima dok ih ne obrišete, uključujući i fasciklu „Obrisano” ili „Otpad”.",
        ),
    )
)

HOME = {
    "key": "home",
    "title": T("IOM in Serbia", "IOM u Srbiji"),
    "slug": T("home", "pocetna"),
    "introduction": WHO_WE_ARE,
}

# Pages below the home page, parents before children; "parent" names another item's key.
PAGES = [
    {
        "key": "who-we-are",
        "in_menu": True,
        "parent": "home",
        "type": "home.SectionPage",
        "title": T("Who we are", "Ko smo mi"),
        "slug": T("who-we-are", "ko-smo-mi"),
        "introduction": WHO_WE_ARE,
    },
    {
        "key": "about",
        "in_menu": True,
        "parent": "who-we-are",
        "type": "home.StandardPage",
        "title": T("About", "O nama"),
        "slug": T("about", "o-nama"),
        "introduction": T(
            "IOM has had presence in Serbia since 1992.",
            "IOM je prisutan u Srbiji od 1992. godine.",
        ),
        "body": [("paragraph", Rich((WHO_WE_ARE,)))],
    },
    {
        "key": "iom-global",
        "in_menu": True,
        "parent": "who-we-are",
        "type": "home.StandardPage",
        "title": T("IOM Global", "IOM u svetu"),
        "slug": T("iom-global", "iom-u-svetu"),
        "introduction": T(
            "IOM has 175 member states and a presence in over 100 countries.",
            "IOM ima 175 država članica i prisutan je u više od 100 zemalja.",
        ),
        "body": [("paragraph", Rich((WHO_WE_ARE,)))],
    },
    {
        "key": "our-work",
        "in_menu": True,
        "parent": "home",
        "type": "home.SectionPage",
        "title": T("Our work", "Naš rad"),
        "slug": T("our-work", "nas-rad"),
        "introduction": OUR_WORK,
    },
    {
        "key": "data-and-resources",
        "in_menu": True,
        "parent": "our-work",
        "type": "home.StandardPage",
        "title": T("Data and resources", "Podaci i resursi"),
        "slug": T("data-and-resources", "podaci-i-resursi"),
        "introduction": T(
            "Figures on the people IOM has helped in Serbia.",
            "Podaci o ljudima kojima je IOM pomogao u Srbiji.",
        ),
        "body": [("paragraph", Rich((STATISTICS,))), ("key_figures", KEY_FIGURES)],
    },
    {
        "key": "take-action",
        "in_menu": True,
        "parent": "our-work",
        "type": "home.StandardPage",
        "title": T("Take action", "Uključite se"),
        "slug": T("take-action", "ukljucite-se"),
        "introduction": ASSISTANCE,
        "body": [("paragraph", Rich((DESIGNED_FOR_NEEDS,)))],
    },
    {
        "key": "2030-agenda",
        "in_menu": True,
        "parent": "our-work",
        "type": "home.StandardPage",
        "title": T("2030 Agenda", "Agenda 2030"),
        "slug": T("2030-agenda", "agenda-2030"),
        "introduction": OUR_WORK,
    },
    {
        "key": "programmes",
        "in_menu": True,
        "parent": "home",
        "type": "programmes.ProgrammeIndexPage",
        "title": T("Programmes", "Programi"),
        "slug": T("programmes", "programi"),
        "introduction": THREE_INITIATIVES,
    },
    {
        "key": "programme:reintegration-centre",
        "parent": "programmes",
        "type": "programmes.ProgrammePage",
        "title": T("Reintegration centre", "Centar za reintegraciju"),
        "slug": T("reintegration-centre", "centar-za-reintegraciju"),
        "introduction": T(
            "The first reintegration centre for victims of trafficking in Serbia, in Belgrade, managed by "
            "the NGO Atina and supported by IOM and the Swedish International Development Cooperation "
            "Agency (Sida).",
            "Prvi centar za reintegraciju žrtava trgovine ljudima u Srbiji, u Beogradu, kojim upravlja "
            "nevladina organizacija Atina, uz podršku IOM-a i Švedske agencije za međunarodnu razvojnu "
            "saradnju (Sida).",
        ),
        "who_it_is_for": WHO_FOR_VICTIMS,
        "services": SERVICES,
        "where_it_works": T("Belgrade", "Beograd"),
        "partner_roles": [("partner:atina", "runs"), ("partner:iom", "supports"), ("partner:sida", "supports")],
        "body": [("paragraph", Rich((ASSISTANCE, DESIGNED_FOR_NEEDS)))],
    },
    {
        "key": "programme:transition-house",
        "parent": "programmes",
        "type": "programmes.ProgrammePage",
        "title": T("Transition house", "Tranzitna kuća"),
        "slug": T("transition-house", "tranzitna-kuca"),
        "introduction": T(
            "A transition house for trafficked victims, one of the three initiatives IOM and Atina designed together.",
            "Tranzitna kuća za žrtve trgovine ljudima, jedna od tri inicijative koje su IOM i Atina zajedno osmislili.",
        ),
        "confidential_location": True,
        "who_it_is_for": WHO_FOR_VICTIMS,
        "partner_roles": [("partner:atina", "runs"), ("partner:iom", "supports")],
        "body": [("paragraph", Rich((DESIGNED_FOR_NEEDS,)))],
    },
    {
        "key": "programme:field-support-team",
        "parent": "programmes",
        "type": "programmes.ProgrammePage",
        "title": T("Field support team", "Terenski tim podrške"),
        "slug": T("field-support-team", "terenski-tim-podrske"),
        "introduction": T(
            "A field support team that brings assistance to victims of trafficking, in rural areas and not "
            "just in Belgrade.",
            "Terenski tim podrške koji pruža pomoć žrtvama trgovine ljudima, i u ruralnim područjima, a ne "
            "samo u Beogradu.",
        ),
        "who_it_is_for": WHO_FOR_VICTIMS,
        "services": SERVICES,
        "where_it_works": T("Belgrade and rural areas", "Beograd i ruralna područja"),
        "partner_roles": [("partner:atina", "runs"), ("partner:iom", "supports")],
        "body": [("paragraph", Rich((ASSISTANCE, DESIGNED_FOR_NEEDS)))],
    },
    {
        "key": "news",
        "in_menu": True,
        "parent": "home",
        "type": "news.NewsIndexPage",
        "title": T("News", "Vesti"),
        "slug": T("news", "vesti"),
        "introduction": T("Press releases from IOM in Serbia.", "Saopštenja za medije IOM-a u Srbiji."),
    },
    {
        "key": "release:first-reintegration-centre",
        "parent": "news",
        "type": "news.PressReleasePage",
        "title": T(
            "First Reintegration Centre for Trafficking Victims Opens",
            "Otvoren prvi centar za reintegraciju žrtava trgovine ljudima",
        ),
        "slug": T(
            "first-reintegration-centre-for-trafficking-victims-opens",
            "otvoren-prvi-centar-za-reintegraciju-zrtava-trgovine-ljudima",
        ),
        "date": datetime.date(2006, 11, 1),
        "dateline": T("Belgrade", "Beograd"),
        "introduction": T(
            "A reintegration centre for victims of trafficking, the first of its kind, has recently opened "
            "in the Serbian capital, Belgrade.",
            "U glavnom gradu Srbije, Beogradu, nedavno je otvoren centar za reintegraciju žrtava trgovine "
            "ljudima, prvi te vrste.",
        ),
        "body": [
            (
                "paragraph",
                Rich(
                    (
                        T(
                            "The centre, managed by the non-governmental organization (NGO), Atina, and one of three "
                            "programmes being implemented by the NGO, is supported by IOM and the Swedish "
                            "International Development Cooperation Agency (Sida) in a bid to provide a more "
                            "structured and rounded assistance to an increasing number of trafficked victims.",
                            "Centar, kojim upravlja nevladina organizacija (NVO) Atina i koji je jedan od tri "
                            "programa koje ova organizacija sprovodi, podržavaju IOM i Švedska agencija za "
                            "međunarodnu razvojnu saradnju (Sida), kako bi se sve većem broju žrtava trgovine "
                            "ljudima pružila bolje organizovana i sveobuhvatnija pomoć.",
                        ),
                        THREE_INITIATIVES,
                        ASSISTANCE,
                        DESIGNED_FOR_NEEDS,
                        STATISTICS,
                    )
                ),
            ),
            ("key_figures", KEY_FIGURES),
            (
                "notes_to_editors",
                {
                    "title": "",
                    "text": Rich(
                        (
                            T(
                                "To find out more about Atina, please go to: "
                                '<a href="http://www.atina.org.yu">www.atina.org.yu</a>',
                                'Više o Atini saznajte na: <a href="http://www.atina.org.yu">www.atina.org.yu</a>',
                            ),
                        )
                    ),
                },
            ),
        ],
        "topics": ["topic:counter-trafficking"],
        "press_contacts": [PRESS_CONTACT["key"]],
        "related_programmes": [
            "programme:reintegration-centre",
            "programme:transition-house",
            "programme:field-support-team",
        ],
    },
    {
        "key": "press-room",
        "in_menu": True,
        "parent": "home",
        "type": "news.PressRoomPage",
        "title": T("Press room", "Za medije"),
        "slug": T("press-room", "za-medije"),
        "introduction": T(
            "For journalists: IOM's press contacts, to call or write to directly.",
            "Za novinare: osobe za kontakt sa medijima u IOM-u, koje možete direktno da pozovete ili da im pišete.",
        ),
    },
    {
        "key": "contact",
        "in_menu": True,
        "parent": "home",
        "type": "contact.ContactPage",
        "title": T("Contact", "Kontakt"),
        "slug": T("contact", "kontakt"),
        "introduction": T(
            "Journalists can reach IOM's press contacts directly.",
            "Novinari mogu da se obrate direktno osobama za kontakt sa medijima u IOM-u.",
        ),
    },
    {
        "key": "privacy",
        "parent": "home",
        "type": "home.StandardPage",
        "title": T("Privacy notice", "Obaveštenje o privatnosti"),
        "slug": T("privacy", "privatnost"),
        "introduction": T(
            "What this website does with the data you send through its contact form.",
            "Šta ovaj veb-sajt radi sa podacima koje pošaljete preko kontakt formulara.",
        ),
        "body": [("paragraph", PRIVACY_NOTICE)],
        "privacy_notice": True,
    },
    {
        "key": "cover-your-tracks",
        "parent": "home",
        "type": "home.StandardPage",
        "title": T("How to cover your tracks online", "Kako da prikrijete tragove na internetu"),
        "slug": T("cover-your-tracks", "prikrijte-tragove"),
        "introduction": T(
            "If you are worried that someone may see that you visited this website, these steps help.",
            "Ako brinete da bi neko mogao da vidi da ste posetili ovaj veb-sajt, ovi koraci mogu da pomognu.",
        ),
        "body": [("paragraph", COVER_TRACKS)],
        "cover_tracks_advice": True,
    },
]
