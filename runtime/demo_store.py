"""Deterministic synthetic shop written as Shopify customer and order CSV exports."""

from __future__ import annotations

import csv
import hashlib
import math
import random
import struct
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from datetime import date, datetime, timedelta
from itertools import accumulate
from pathlib import Path
from typing import TypeVar
from zoneinfo import ZoneInfo

CUSTOMER_HEADER = tuple(
    "Customer ID,First Name,Last Name,Email,Accepts Email Marketing,Default Address Company,"
    "Default Address Address1,Default Address Address2,Default Address City,Default Address "
    "Province Code,Default Address Country Code,Default Address Zip,Default Address Phone,Phone,"
    "Accepts SMS Marketing,Total Spent,Total Orders,Note,Tax Exempt,Tags,"
    "Birth date (customer.metafields.facts.birth_date)".split(","))
_ADDR = "Name,Street,Address1,Address2,Company,City,Zip,Province,Country,Phone".split(",")
_LINE = ("Lineitem quantity,Lineitem name,Lineitem price,Lineitem compare at price,Lineitem sku,"
         "Lineitem requires shipping,Lineitem taxable,Lineitem fulfillment status").split(",")
ORDER_HEADER = (
    *"Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing,"
    "Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,Shipping Method,"
    "Created at".split(","), *_LINE, *(f"Billing {a}" for a in _ADDR),
    *(f"Shipping {a}" for a in _ADDR), *"Notes,Note Attributes,Cancelled at,Payment Method,"
    "Payment Reference,Refunded Amount,Vendor,Outstanding Balance,Employee,Location,Device ID,Id,"
    "Tags,Risk Level,Source,Lineitem discount".split(","),
    *(f"Tax {i} {k}" for i in range(1, 6) for k in ("Name", "Value")),
    *"Phone,Receipt Number,Duties,Billing Province Name,Shipping Province Name,Payment ID,"
    "Payment Terms Name,Next Payment Due At,Payment References".split(","))
_LINE_AT, _VENDOR_AT = ORDER_HEADER.index(_LINE[0]), ORDER_HEADER.index("Vendor")
_DISCOUNT_AT = ORDER_HEADER.index("Lineitem discount")

# currency -> (units per 1 UAH, VAT % included in prices, tax line title)
_CURRENCIES = {"UAH": (1.0, 20, "ПДВ 20%"), "EUR": (1 / 45, 20, "VAT 20%"),
               "USD": (1 / 41, 0, ""), "BGN": (1 / 23, 20, "ДДС 20%"),
               "TWD": (1 / 1.3, 5, "營業稅 5%"), "GBP": (1 / 52, 20, "VAT 20%"),
               "PLN": (1 / 10.5, 23, "VAT 23%")}
_MONTH_W = (0.75, 0.8, 0.9, 0.9, 0.95, 0.85, 0.8, 0.85, 0.95, 1.0, 1.7, 1.6)
_HOUR_W = (0.3, 0.15, 0.08, 0.05, 0.05, 0.08, 0.2, 0.4, 0.6, 0.8, 0.95, 1.0,
           1.05, 1.0, 0.95, 0.9, 0.9, 0.95, 1.05, 1.2, 1.3, 1.25, 1.0, 0.6)

# collection code, vendors, products "title:price in UAH", variants "title:price factor"
_CATALOGUE = (
    ("COF", "Зерно;Roastery 42", "Кава Ефіопія Іргачеф:320;Кава Колумбія Супремо:290;Кава Бразилія "
     "Сантос:260;Кава Кенія АА:360;Кава Гватемала Антигуа:310;Еспресо-суміш «Львівська»:280;"
     "Decaf Mexico:300", "250 г:1;500 г:1.8;1 кг:3.3"),
    ("TEA", "Чайна лавка;阿里山茶園", "Улун Алішань 阿里山:420;Чай Сенча:260;Чай Ерл Грей:180;Чай "
     "Карпатський трав'яний:150;Чай Масала:210;Да Хун Пао 大紅袍:480;Jasmine Pearls:390",
     "50 г:1;100 г:1.8;250 г:4"),
    ("CER", "Гончарня;Clay & Co", "Чашка ручної роботи:390;Тарілка обідня:450;Миска для супу:420;"
     "Глечик:690;Чайник керамічний:1150;Набір піал:980;Salad Bowl:760",
     "біла:1;синя:1.05;олива:1.05;теракота:1"),
    ("CND", "Віск і ґніт;Candle Lab", "Свічка «Вечір у Карпатах»:340;Свічка «Липовий мед»:320;"
     "Свічка «Морський бриз»:320;Свічка «Кава з корицею»:340;Аромадифузор «Лаванда»:560;"
     "Свічка «Різдвяна ялинка»:360;Candle «Old Library»:380", "120 мл:1;200 мл:1.5;350 мл:2.2"),
    ("TXT", "Льонок;Woolly", "Плед вовняний:2400;Рушник лляний:520;Скатертина з вишивкою:1650;"
     "Подушка декоративна:780;Фартух кухонний:640;Серветки лляні (4 шт.):590;Шарф в'язаний:890",
     "графіт:1;беж:1;олива:1;індиго:1.05"),
    ("COS", "Мильня;Botanica", "Мило ручної роботи:140;Крем для рук:230;Бальзам для губ:120;"
     "Олія для тіла:380;Скраб кавовий:290;Сіль для ванни:260;Hand Wash:210",
     "лаванда:1;м'ята:1;цитрус:1;троянда:1.1"),
    ("SWT", "Пасіка Гуцула;Сладко", "Шоколад ремісничий:150;Мед акацієвий:220;Варення з "
     "чорниці:190;Пастила яблучна:130;Горіхи в меду:260;Печиво імбирне:160;Халва:140",
     "100 г:1;250 г:2.2;500 г:4"),
    ("GFT", "Затишна крамниця", "Набір «Ранкова кава»:990;Набір «Чайна церемонія»:1190;Набір "
     "«Затишний вечір»:1290;Набір «Спа вдома»:1090;Набір «Солодке свято»:890",
     "стандарт:1;преміум:1.7"),
    ("PAP", "Папірус;Paper Goods", "Листівка «Київ»:60;Листівка «Львів»:60;Блокнот крафтовий:190;"
     "Набір листівок:240;Закладка дерев'яна:90;Planner Linen:450", "A6:1;A5:1.6"),
    ("GC", "Затишна крамниця", "Подарунковий сертифікат:0", "500:500;1000:1000;2000:2000"))

# (weight, country, female, male, surnames, female surname suffix, "city|prov|prov name|zip",
#  street format, streets, address2 format, phone prefixes, phone digits, e-mail domains)
_LOCALES = (
    (0.58, "UA", "Олена:olena Оксана:oksana Ірина:iryna Наталія:nataliia Тетяна:tetiana "
     "Юлія:yuliia Анна:anna Марія:mariia Катерина:kateryna Софія:sofiia Галина:halyna "
     "Христина:khrystyna Дарина:daryna Вікторія:viktoriia", "Олександр:oleksandr Андрій:andrii "
     "Іван:ivan Сергій:serhii Дмитро:dmytro Михайло:mykhailo Тарас:taras Богдан:bohdan "
     "Максим:maksym Юрій:yurii Василь:vasyl Остап:ostap Назар:nazar Євген:yevhen",
     "Коваленко:kovalenko Шевченко:shevchenko Бондаренко:bondarenko Ткаченко:tkachenko "
     "Кравченко:kravchenko Мельник:melnyk Бойко:boiko Олійник:oliinyk Лисенко:lysenko "
     "Савченко:savchenko Руденко:rudenko Мороз:moroz Кравець:kravets Гнатюк:hnatiuk "
     "Поліщук:polishchuk Марченко:marchenko Ковальчук:kovalchuk Романюк:romaniuk", ":",
     "Київ|||01;Львів|||79;Харків|||61;Одеса|||65;Дніпро|||49;Вінниця|||21;Полтава|||36;"
     "Івано-Франківськ|||76;Ужгород|||88;Чернігів|||14;Тернопіль|||46", "вул. {s}, {n}",
     "Шевченка;Франка;Лесі Українки;Грушевського;Незалежності;Соборна;Садова;Зелена;Бандери;"
     "Січових Стрільців", "кв. {n}", "38050 38063 38066 38067 38068 38073 38093 38097 38099", 7,
     "ukrnet.example gmail.example i-ua.example"),
    (0.12, "BG", "Мария:maria Иванка:ivanka Елена:elena Десислава:desislava Гергана:gergana "
     "Цветелина:tsvetelina Николета:nikoleta", "Георги:georgi Иван:ivan Димитър:dimitar "
     "Николай:nikolay Петър:petar Христо:hristo Стоян:stoyan Тодор:todor", "Иванов:ivanov "
     "Петров:petrov Георгиев:georgiev Димитров:dimitrov Николов:nikolov Стоянов:stoyanov "
     "Тодоров:todorov Христов:hristov Костов:kostov Попов:popov Маринов:marinov Илиев:iliev",
     "а:a", "София|||1000;Пловдив|||4000;Варна|||9000;Бургас|||8000;Русе|||7000;"
     "Стара Загора|||6000;Велико Търново|||5000", "{s} {n}", "ул. Витоша;ул. Раковски;"
     "бул. България;ул. Граф Игнатиев;бул. Васил Левски;ул. Шипка", "ап. {n}",
     "35987 35988 35989 35998", 7, "abv.example gmail.example mail-bg.example"),
    (0.10, "TW", "怡君:yichun 雅婷:yating 淑芬:shufen 佳穎:chiaying 詩涵:shihhan "
     "欣怡:hsinyi 雅雯:yawen", "志明:chihming 家豪:chiahao 俊傑:chunchieh 建宏:chienhung "
     "冠宇:kuanyu 承恩:chengen 宗翰:tsunghan 柏翰:pohan", "陳:chen 林:lin 黃:huang 張:chang "
     "李:li 王:wang 吳:wu 劉:liu 蔡:tsai 楊:yang 許:hsu 鄭:cheng 謝:hsieh", ":",
     "臺北市|||100;新北市|||220;臺中市|||400;臺南市|||700;高雄市|||800;桃園市|||330;"
     "新竹市|||300", "{s}{n}號", "中正路;民生東路二段;中山北路一段;忠孝東路四段;仁愛路;"
     "和平東路;復興南路一段", "{n}樓", "8869", 8, "yahoo-tw.example gmail.example hinet.example"),
    (0.20, "US", "Emma Olivia Sophie Grace Emily Hannah Chloe Lucy", "James Oliver Jack William "
     "Noah Thomas Daniel Henry", "Smith Johnson Brown Taylor Wilson Davies Evans Walker Clarke "
     "Wright Baker Hughes", ":", "New York|NY|New York|10001;Chicago|IL|Illinois|60601;"
     "Austin|TX|Texas|73301;Seattle|WA|Washington|98101;Boston|MA|Massachusetts|02108",
     "{n} {s}", "Main St;Oak Avenue;Maple Drive;Park Place;Cedar Lane", "Apt {n}",
     " ".join(f"1{a}555" for a in "212 312 512 206 617 415 303 404 305 702 713 215 503 602 612 "
              "619 720 801 919 971".split()), 4, "gmail.example outlook.example icloud.example"))
_COMPANIES = ("ФОП Коваленко", "ТОВ «Кавовий куточок»", "Studio Light", "咖啡小館", "Хотел Рила")
_NOTES = ("Оптовий клієнт", "Просить дзвонити після 18:00", "Алергія на лаванду",
          "Постійна клієнтка з Instagram", "Prefers English")
_ORDER_NOTES = ("Подзвоніть перед доставкою", "Це подарунок, без чека", "Please gift wrap")
_SHIPPING = (("Нова Пошта — відділення", 70, 0.6), ("Нова Пошта — кур'єр", 120, 0.8),
             ("Укрпошта", 45, 0.9), ("Самовивіз", 0, 1.0))  # name, price in UAH, cumulative share
_UNPACK = struct.Struct("<32H").unpack
_IDX = (1 << 24) - 1  # a plan entry packs (instant << 24 | person index) into one int
T = TypeVar("T")


def _pool(text: str) -> tuple[tuple[str, str], ...]:
    return tuple((t.split(":")[0], t.split(":")[-1].lower()) for t in text.split())


def _pick(seq: Sequence[T], u: float) -> T:
    return seq[int(u * len(seq))]


def _cents(c: int) -> str:
    return f"{c / 100:.2f}"  # exact: integer cents are far below float precision limits


class DemoStore:
    """One synthetic shop: a compact order plan plus generators of Shopify export rows."""

    def __init__(self, customers: int, years: float = 3, seed: int = 7,
                 end: date = date(2026, 11, 1), tz: str = "Europe/Kyiv",
                 currency: str = "UAH") -> None:
        if not 1 <= customers <= 2_000_000 or not 0 < years <= 30:
            raise ValueError("customers must be 1..2,000,000 and years in (0, 30]")
        self.customers, self.currency, self._tz = customers, currency.upper(), ZoneInfo(tz)
        self._scale, self._vat, self._tax_name = _CURRENCIES.get(self.currency, (1 / 41, 0, ""))
        rng = random.Random(seed)
        key = rng.getrandbits(256).to_bytes(32, "little")
        self._hashers = {kind: hashlib.blake2b(key=key, digest_size=64, person=kind)
                         for kind in (b"person", b"order")}
        self._locales = [(*loc[:2], *map(_pool, loc[2:5]), loc[5].split(":"),
                          [c.split("|") for c in loc[6].split(";")], loc[7], loc[8].split(";"),
                          loc[9], loc[10].split(), loc[11], loc[12].split()) for loc in _LOCALES]
        self._locale_cum = list(accumulate(loc[0] for loc in _LOCALES))
        self._build_catalogue(rng)
        self._free_from, self._loyal = self._price(1500), self._price(200) + 100
        self._ship = {s[1]: self._price(s[1]) for s in _SHIPPING}
        self._build_clock(end, years)
        self._plan(rng, min(years / 3, 3.0))

    def _slots(self, kind: bytes, key: int) -> list[float]:
        """32 random numbers in [0, 1) fixed by (seed, kind, key): each field owns one slot."""
        h = self._hashers[kind].copy()
        h.update(key.to_bytes(8, "little"))
        return [x / 65536 for x in _UNPACK(h.digest())]

    def _price(self, uah: float) -> int:
        v = uah * self._scale
        if self._scale >= 0.5:  # hryvnias, dollars of Taiwan: whole units, 349 not 350
            return (round(v / 10) * 10 - (v >= 100)) * 100
        return round(v) * 100 - 1 if v >= 3 else round(v * 100)

    def _build_catalogue(self, rng: random.Random) -> None:
        self.products: list[tuple[str, str, int, str, str, bool]] = []
        self._gifts: list[int] = []
        for code, vendor_text, titles, variants in _CATALOGUE:
            vendors = vendor_text.split(";")
            for bi, base in enumerate(titles.split(";")):
                title, price = base.split(":")
                for vi, variant in enumerate(variants.split(";")):
                    vtitle, factor = variant.split(":")
                    cents = self._price(float(price) * float(factor))
                    if code == "GC":  # face values people pick: 10, 20, 45, 400, 1000
                        face = float(factor) * self._scale
                        step = max(1, 10 ** (len(str(int(face))) - 1) // 2)
                        cents = max(1, round(face / step)) * step * 100
                        vtitle = f"{cents // 100} {self.currency}"
                    compare = int(round(cents * 1.25, -2)) if (bi + vi) % 7 == 3 else 0
                    if code in ("GFT", "CND", "GC"):
                        self._gifts.append(len(self.products))
                    self.products.append((f"{title} - {vtitle}", f"{code}-{bi + 1:02d}{vi + 1}",
                                          cents, _cents(compare) if compare else "",
                                          vendors[(bi + vi) % len(vendors)], code != "GC"))
        ranks = list(range(len(self.products)))
        rng.shuffle(ranks)
        self._prod_cum = list(accumulate(1 / (rank + 4) ** 0.9 for rank in ranks))

    def _build_clock(self, end: date, years: float) -> None:
        start = end - timedelta(days=max(1, round(years * 365.2425)))
        self.t0 = int(datetime(start.year, start.month, start.day, tzinfo=self._tz).timestamp())
        self.t1 = int(datetime(end.year, end.month, end.day, tzinfo=self._tz).timestamp())
        n = math.ceil((self.t1 - self.t0) / 3600)
        weights, self._hour_text, self._month = [], [], bytearray()
        self._whole_hours = True  # every offset whole hours: hour buckets align with the zone
        for h in range(n):
            loc = datetime.fromtimestamp(self.t0 + h * 3600, self._tz)
            w = _MONTH_W[loc.month - 1] * _HOUR_W[loc.hour] * (0.65 + 0.7 * h / n)
            if loc.month == 11 and loc.day >= 22 or loc.month == 12 and loc.day <= 20:
                w *= 1.4  # Black Friday week and the run-up to Christmas
            weights.append(w * (1.1 if loc.weekday() >= 5 else 1.0))
            self._whole_hours &= loc.utcoffset().total_seconds() % 3600 == 0
            self._hour_text.append((loc.strftime("%Y-%m-%d %H:"), loc.strftime(" %z")))
            self._month.append(loc.month)
        self._cum = list(accumulate(weights))

    def _at(self, rng: random.Random, x: float) -> int:
        """The instant at fraction x of the shop's seasonal, growing order volume."""
        h = min(bisect_left(self._cum, x * self._cum[-1]), len(self._cum) - 1)
        return min(self.t0 + h * 3600 + rng.randrange(3600), self.t1 - 1)

    def fmt(self, ts: int) -> str:
        """Shopify's timestamp in the shop's zone, e.g. 2025-03-05 14:22:11 +0200."""
        h, r = divmod(ts - self.t0, 3600)
        if self._whole_hours and 0 <= h < len(self._hour_text):
            head, zone = self._hour_text[h]
            return f"{head}{r // 60:02d}:{r % 60:02d}{zone}"
        return datetime.fromtimestamp(ts, self._tz).strftime("%Y-%m-%d %H:%M:%S %z")

    def _plan(self, rng: random.Random, f: float) -> None:
        """Order instants per customer: many one-timers, a geometric middle, a Pareto tail."""
        plan: list[int] = []
        for idx in range(self.customers):
            u = rng.random()
            if u < 0.07:
                continue  # signed up, never ordered
            if u < 0.45:
                k = 1
            elif u < 0.965:
                k = 2 + int(math.log(1 - rng.random()) / math.log(1 - 1 / (1 + 4.7 * f)))
            else:
                k = 3 + min(int(10 * f * (rng.paretovariate(1.4) - 1)), 400)
            x = rng.random()  # first order; repeat orders follow at random gaps until the end
            plan.append(self._at(rng, x) << 24 | idx)
            gap = rng.uniform(0.25, 1.0) / max(1, k - 1)
            for _ in range(k - 1):
                if (x := x + rng.expovariate(1 / gap)) >= 1:
                    break
                plan.append(self._at(rng, x) << 24 | idx)
        guests, no_email = round(len(plan) * 0.03), round(len(plan) * 0.004)
        self._guest_end = self.customers + guests
        plan.extend(self._at(rng, rng.random()) << 24 | (self.customers + g)
                    for g in range(guests + no_email))
        plan.sort()
        self.plan = plan
        self._totals: tuple[list[int], list[int]] | None = None

    def totals(self) -> tuple[list[int], list[int]]:
        """Net amount spent (cents) and order count per customer, like Shopify's columns."""
        if self._totals is None:  # a full pass of order_rows() fills this as a side effect
            spent, counts = [0] * self.customers, [0] * self.customers
            for packed in self.plan:
                if (idx := packed & _IDX) < self.customers:
                    counts[idx] += 1
                    spent[idx] += self._draft(packed)["net"]
            self._totals = spent, counts
        return self._totals

    def person(self, idx: int) -> dict:
        """Customer (or guest) number idx, regenerated from the seed on every call."""
        v = self._slots(b"person", idx)
        (_, country, fem, male, last, fsuf, cities, sfmt, streets, a2fmt, prefixes, ndig,
         domains) = self._locales[bisect_left(self._locale_cum, v[0])]
        female = v[1] < 0.62
        first, first_l = _pick(fem if female else male, v[2])
        lname, last_l = _pick(last, v[3])
        if female:
            lname, last_l = lname + fsuf[0], last_l + fsuf[1]
        n = (idx * 7919 + 12345) % 10 ** max(4, len(str(self._guest_end)))  # unique per idx
        local = _pick((f"{first_l}.{last_l}{n}", f"{first_l}{n}", f"{last_l}.{first_l}{n}",
                       f"{first_l[0]}{last_l}{n}", f"{first_l}_{last_l}{n}"), v[4])
        email = f"{local}@{_pick(domains, v[5])}"
        city, prov, prov_name, zbase = _pick(cities, v[6])
        zip_ = f"{zbase}{int(v[7] * 1000):03d}" if country == "UA" else \
            str(int(zbase) + int(v[7] * 30)).zfill(len(zbase))
        # a stride coprime to 2, 3 and 5 walks every number once: unique phones, no bookkeeping
        pick, digits = divmod((idx * 7_654_321 + 4_321) % (len(prefixes) * 10 ** ndig), 10 ** ndig)
        tel = f"+{prefixes[pick]}{digits:0{ndig}d}"
        company, accepts = _pick(_COMPANIES, v[8]) if v[9] < 0.03 else "", v[10] < 0.55
        birth = ""
        if v[11] < 0.6:
            birth = f"{1956 + 4 * int(v[13] * 13)}-02-29" if v[12] < 0.002 else \
                date.fromordinal(714_000 + int(v[13] * 18_300)).isoformat()
        tags = [t for t, slot, p in (("newsletter", 14, 0.3 if accepts else 0),
                                     ("instagram", 15, 0.1), ("wholesale", 16, 1 if company else 0))
                if v[slot] < p]
        return {"id": 7_405_000_000_000 + idx * 1_103 + int(v[17] * 1_103), "first": first,
                "last": lname, "email": email.title() if v[18] < 0.015 else email,
                "accepts": accepts, "company": company, "city": city, "prov": prov,
                "prov_name": prov_name, "country": country, "zip": f"'{zip_}",
                "addr1": sfmt.format(s=_pick(streets, v[19]), n=int(v[20] * 180) + 1),
                "addr2": a2fmt.format(n=int(v[21] * 120) + 1) if v[22] < 0.35 else "",
                "addr_phone": tel if v[23] < 0.7 else "", "phone": tel if v[24] < 0.5 else "",
                "sms": v[23] < 0.7 and v[25] < 0.3, "birth": birth, "tags": tags,
                "note": _pick(_NOTES, v[26]) if v[27] < 0.02 else "",
                "exempt": bool(company) and v[28] < 0.3}

    def _draft(self, packed: int) -> dict:
        """Everything random about one order, regenerated from its packed plan entry."""
        v, ts = self._slots(b"order", packed), packed >> 24
        month = self._month[min((ts - self.t0) // 3600, len(self._month) - 1)]
        lines: list[list[int]] = []
        picked: list[int] = []
        for j in range(1 + bisect_left((0.55, 0.82, 0.94), v[0])):  # 1-4 line items
            if month >= 11 and v[1 + 3 * j] < 0.3:  # the gift season
                p = _pick(self._gifts, v[2 + 3 * j])
            else:
                p = bisect_left(self._prod_cum, v[2 + 3 * j] * self._prod_cum[-1])
            qty = 1 + bisect_left((0.85, 0.97), v[3 + 3 * j]) if self.products[p][5] else 1
            if p not in picked:
                picked.append(p)
                lines.append([p, qty, self.products[p][2] * qty, 0])
        gross, u = sum(line[2] for line in lines), v[13]
        code, disc = next(((c, cut) for c, hit, cut in (
            ("BLACKFRIDAY20", month == 11 and u < 0.2, gross // 5),
            ("XMAS15", month == 12 and u < 0.12, gross * 15 // 100), ("WELCOME10", u < 0.04,
             gross // 10), ("LOYAL200", u < 0.06 and gross > self._free_from, self._loyal))
            if hit), ("", 0))
        for line in lines:  # spread the discount over lines; the last one takes the remainder
            line[3] = disc * line[2] // gross if line is not lines[-1] else \
                disc - sum(ln[3] for ln in lines[:-1])
        source = ("web", "pos", "shopify_draft_order")[bisect_left((0.9, 0.95), v[14])]
        ship_name, ship = next(s[:2] for s in _SHIPPING if v[15] < s[2])
        subtotal = gross - disc
        ship = 0 if source == "pos" or subtotal >= self._free_from else self._ship[ship]
        if self.currency != "UAH":
            ship_name = "Express" if "кур" in ship_name else "Standard"
        method = _pick(("Cash on Delivery (COD)", "LiqPay", "monobank", "Shopify Payments")
                       if self.currency == "UAH" else
                       ("Shopify Payments", "PayPal Express Checkout"), v[16])
        status = ("cancelled" if v[17] < 0.02 else "voided" if v[17] < 0.03 else
                  "partially_refunded" if v[17] < 0.06 else "paid")
        paid_at = ts + (86_400 + int(v[18] * 3 * 86_400) if method.startswith("Cash")
                        else 2 + int(v[18] * 90))
        if status == "paid" and paid_at >= self.t1:
            status = "pending"  # cash on delivery still on its way
        total = subtotal + ship
        refunded = total if status == "cancelled" else 0
        if status == "partially_refunded":
            line = _pick(lines, v[19])
            refunded = max(1, min(line[2] - line[3], total - 100))
        return {"lines": lines, "subtotal": subtotal, "ship": ship, "total": total,
                "taxes": round(total * self._vat / (100 + self._vat)), "code": code,
                "disc": disc, "ship_name": ship_name, "source": source, "method": method,
                "status": status, "paid_at": paid_at, "refunded": refunded,
                "net": total - refunded if status in ("paid", "partially_refunded") else 0,
                "fulfilled_at": ts if source == "pos" else ts + 3_600 + int(v[20] * 2 * 86_400),
                "cancelled_at": ts + 600 + int(v[21] * 86_400), "email_mode": v[22],
                "note": _pick(_ORDER_NOTES, v[23]) if v[24] < 0.02 else "",
                "risk": "High" if v[25] < 0.003 else "Low",
                "ref": f"c{10 ** 13 + packed * 2_654_435_761 % (9 * 10 ** 13)}.1"}

    def customer_rows(self) -> Iterator[list[str]]:
        """Rows of the customers export, in header order."""
        vip, (spent_all, counts) = self._price(15_000), self.totals()
        for idx in range(self.customers):
            p, spent, n = self.person(idx), spent_all[idx], counts[idx]
            tags = p["tags"] + (["vip"] if spent >= vip or n >= 10 else [])
            yield [f"'{p['id']}", p["first"], p["last"], p["email"],
                   "yes" if p["accepts"] else "no", p["company"], p["addr1"], p["addr2"],
                   p["city"], p["prov"], p["country"], p["zip"], p["addr_phone"], p["phone"],
                   "yes" if p["sms"] else "no", _cents(spent), str(n), p["note"],
                   "yes" if p["exempt"] else "no", ", ".join(tags), p["birth"]]

    def order_rows(self) -> Iterator[list[str]]:
        """Rows of the orders export, newest order first, one row per line item."""
        spent, counts = [0] * self.customers, [0] * self.customers
        line_cells: dict[tuple[int, int, bool], tuple[tuple[str, ...], str]] = {}
        for pos in range(len(self.plan) - 1, -1, -1):
            packed = self.plan[pos]
            idx, ts, d = packed & _IDX, packed >> 24, self._draft(packed)
            p = self.person(idx)
            if idx < self.customers:
                counts[idx], spent[idx] = counts[idx] + 1, spent[idx] + d["net"]
            email = p["email"] if idx < self._guest_end else ""
            if email and d["email_mode"] < 0.03:  # hand-typed at checkout
                email = email.title() if d["email_mode"] < 0.015 else f" {email}  "
            status, name, pos_sale = d["status"], f"#{1001 + pos}", d["source"] == "pos"
            cancelled = status in ("cancelled", "voided")
            done = not cancelled and d["fulfilled_at"] < self.t1
            addr = [f"{p['first']} {p['last']}", f"{p['addr1']}, {p['addr2']}" if p["addr2"]
                    else p["addr1"], p["addr1"], p["addr2"], p["company"], p["city"], p["zip"],
                    p["prov"], p["country"], p["addr_phone"]]
            ref, taxes = d["ref"], _cents(d["taxes"])
            first = [
                name, email, "refunded" if status == "cancelled" else status,
                "" if status in ("voided", "pending") else self.fmt(min(d["paid_at"], self.t1 - 1)),
                "fulfilled" if done else "unfulfilled", self.fmt(d["fulfilled_at"]) if done else "",
                "yes" if email and p["accepts"] else "no", self.currency, _cents(d["subtotal"]),
                _cents(d["ship"]), taxes, _cents(d["total"]), d["code"], _cents(d["disc"]),
                "" if pos_sale else d["ship_name"], self.fmt(ts), *[""] * len(_LINE), *addr,
                *([""] * len(_ADDR) if pos_sale else addr), d["note"], "",
                self.fmt(max(ts, min(d["cancelled_at"], self.t1 - 1))) if cancelled else "",
                d["method"], ref, _cents(d["refunded"]), "",
                _cents(d["total"] if status == "pending" else 0), "",
                "Затишна крамниця, Поділ" if pos_sale else "", "",
                str(5_610_000_000_000 + pos * 1_009 + packed % 1_009), "", d["risk"], d["source"],
                "", self._tax_name, taxes if self._vat else "", *[""] * 8, p["phone"], "", "",
                p["prov_name"], "" if pos_sale else p["prov_name"], ref, "", "", ref]
            for i, (prod, qty, _, ldisc) in enumerate(d["lines"]):
                out = first if i == 0 else [name, email, *[""] * (len(ORDER_HEADER) - 2)]
                if (cells := line_cells.get((prod, qty, done))) is None:
                    title, sku, price, compare, vendor, ships = self.products[prod]
                    flag = "true" if ships else "false"
                    cells = line_cells[prod, qty, done] = (
                        (str(qty), title, _cents(price), compare, sku, flag, flag,
                         "fulfilled" if done else "pending"), vendor)
                out[_LINE_AT:_LINE_AT + len(_LINE)], out[_VENDOR_AT] = cells
                out[_DISCOUNT_AT] = _cents(ldisc)
                yield out
        self._totals = spent, counts


def generate_store(customers: int, years: float = 3, seed: int = 7,
                   end: date = date(2026, 11, 1), tz: str = "Europe/Kyiv",
                   currency: str = "UAH") -> tuple[Iterator[dict], Iterator[dict]]:
    """Customer rows and order rows of a synthetic shop, as dicts keyed by export header."""
    store = DemoStore(customers, years, seed, end, tz, currency)
    return ((dict(zip(CUSTOMER_HEADER, row, strict=True)) for row in store.customer_rows()),
            (dict(zip(ORDER_HEADER, row, strict=True)) for row in store.order_rows()))


def write_store(out_dir: str | Path, customers: int, years: float = 3, seed: int = 7,
                end: date = date(2026, 11, 1), tz: str = "Europe/Kyiv",
                currency: str = "UAH") -> tuple[Path, Path]:
    """Write customers.csv and orders.csv (UTF-8 with BOM, like Shopify) into out_dir."""
    store = DemoStore(customers, years, seed, end, tz, currency)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = out / "customers.csv", out / "orders.csv"
    # orders first: writing them tallies the totals that the customer file needs
    for path, header, rows in ((paths[1], ORDER_HEADER, store.order_rows()),
                               (paths[0], CUSTOMER_HEADER, store.customer_rows())):
        with path.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh, lineterminator="\n")
            writer.writerow(header)
            writer.writerows(rows)
    return paths
