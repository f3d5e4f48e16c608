"""Deterministic synthetic shop written as Shopify customer and order CSV exports."""

from __future__ import annotations

import csv
import math
import random
import time
from bisect import bisect_left
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from itertools import accumulate
from pathlib import Path
from zoneinfo import ZoneInfo

CUSTOMER_HEADER = (
    "Customer ID", "First Name", "Last Name", "Email", "Accepts Email Marketing",
    "Default Address Company", "Default Address Address1", "Default Address Address2",
    "Default Address City", "Default Address Province Code", "Default Address Country Code",
    "Default Address Zip", "Default Address Phone", "Phone", "Accepts SMS Marketing",
    "Total Spent", "Total Orders", "Note", "Tax Exempt", "Tags",
    "Birth date (customer.metafields.facts.birth_date)",
)
_ADDR = ("Name", "Street", "Address1", "Address2", "Company", "City", "Zip", "Province",
         "Country", "Phone")
ORDER_HEADER = (
    "Name", "Email", "Financial Status", "Paid at", "Fulfillment Status", "Fulfilled at",
    "Accepts Marketing", "Currency", "Subtotal", "Shipping", "Taxes", "Total", "Discount Code",
    "Discount Amount", "Shipping Method", "Created at", "Lineitem quantity", "Lineitem name",
    "Lineitem price", "Lineitem compare at price", "Lineitem sku", "Lineitem requires shipping",
    "Lineitem taxable", "Lineitem fulfillment status",
    *(f"Billing {a}" for a in _ADDR), *(f"Shipping {a}" for a in _ADDR),
    "Notes", "Note Attributes", "Cancelled at", "Payment Method", "Payment Reference",
    "Refunded Amount", "Vendor", "Outstanding Balance", "Employee", "Location", "Device ID", "Id",
    "Tags", "Risk Level", "Source", "Lineitem discount",
    *(f"Tax {i} {k}" for i in range(1, 6) for k in ("Name", "Value")),
    "Phone", "Receipt Number", "Duties", "Billing Province Name", "Shipping Province Name",
    "Payment ID", "Payment Terms Name", "Next Payment Due At", "Payment References",
)
_O = {name: i for i, name in enumerate(ORDER_HEADER)}
_LINE_COLS = tuple(_O[c] for c in (
    "Lineitem quantity", "Lineitem name", "Lineitem price", "Lineitem compare at price",
    "Lineitem sku", "Lineitem requires shipping", "Lineitem taxable",
    "Lineitem fulfillment status", "Vendor", "Lineitem discount"))

# currency -> (units per 1 UAH, VAT % included in prices, tax line title)
_CURRENCIES = {"UAH": (1.0, 20, "ПДВ 20%"), "EUR": (1 / 45, 20, "VAT 20%"),
               "USD": (1 / 41, 0, ""), "BGN": (1 / 23, 20, "ДДС 20%"),
               "TWD": (1 / 1.3, 5, "營業稅 5%"), "GBP": (1 / 52, 20, "VAT 20%"),
               "PLN": (1 / 10.5, 23, "VAT 23%")}
_MONTH_W = (0.75, 0.8, 0.9, 0.9, 0.95, 0.85, 0.8, 0.85, 0.95, 1.0, 1.7, 1.6)
_HOUR_W = (0.3, 0.15, 0.08, 0.05, 0.05, 0.08, 0.2, 0.4, 0.6, 0.8, 0.95, 1.0,
           1.05, 1.0, 0.95, 0.9, 0.9, 0.95, 1.05, 1.2, 1.3, 1.25, 1.0, 0.6)

# (collection code, vendors, bases "name:price in UAH", variants "title:price factor")
_CATALOGUE = (
    ("COF", "Зерно;Roastery 42", "Кава Ефіопія Іргачеф:320;Кава Колумбія Супремо:290;"
     "Кава Бразилія Сантос:260;Кава Кенія АА:360;Кава Гватемала Антигуа:310;"
     "Еспресо-суміш «Львівська»:280;Decaf Mexico:300", "250 г:1;500 г:1.8;1 кг:3.3"),
    ("TEA", "Чайна лавка;阿里山茶園", "Улун Алішань 阿里山:420;Чай Сенча:260;Чай Ерл Грей:180;"
     "Чай Карпатський трав'яний:150;Чай Масала:210;Да Хун Пао 大紅袍:480;Jasmine Pearls:390",
     "50 г:1;100 г:1.8;250 г:4"),
    ("CER", "Гончарня;Clay & Co", "Чашка ручної роботи:390;Тарілка обідня:450;Миска для супу:420;"
     "Глечик:690;Чайник керамічний:1150;Набір піал:980", "біла:1;синя:1.05;олива:1.05;теракота:1"),
    ("CND", "Віск і ґніт;Candle Lab", "Свічка «Вечір у Карпатах»:340;Свічка «Липовий мед»:320;"
     "Свічка «Морський бриз»:320;Свічка «Кава з корицею»:340;Аромадифузор «Лаванда»:560;"
     "Свічка «Різдвяна ялинка»:360", "120 мл:1;200 мл:1.5;350 мл:2.2"),
    ("TXT", "Льонок;Woolly", "Плед вовняний:2400;Рушник лляний:520;Скатертина з вишивкою:1650;"
     "Подушка декоративна:780;Фартух кухонний:640;Серветки лляні (4 шт.):590",
     "графіт:1;беж:1;олива:1;індиго:1.05"),
    ("COS", "Мильня;Botanica", "Мило ручної роботи:140;Крем для рук:230;Бальзам для губ:120;"
     "Олія для тіла:380;Скраб кавовий:290;Сіль для ванни:260", "лаванда:1;м'ята:1;цитрус:1;"
     "троянда:1.1"),
    ("SWT", "Пасіка Гуцула;Сладко", "Шоколад ремісничий:150;Мед акацієвий:220;"
     "Варення з чорниці:190;Пастила яблучна:130;Горіхи в меду:260;Печиво імбирне:160",
     "100 г:1;250 г:2.2;500 г:4"),
    ("GFT", "Затишна крамниця", "Набір «Ранкова кава»:990;Набір «Чайна церемонія»:1190;"
     "Набір «Затишний вечір»:1290;Набір «Спа вдома»:1090;Набір «Солодке свято»:890",
     "стандарт:1;преміум:1.7"),
    ("PAP", "Папірус;Paper Goods", "Листівка «Київ»:60;Листівка «Львів»:60;Блокнот крафтовий:190;"
     "Набір листівок:240;Закладка дерев'яна:90;Planner Linen:450", "A6:1;A5:1.6"),
    ("GC", "Затишна крамниця", "Подарунковий сертифікат:0", "500:500;1000:1000;2000:2000"),
)

# locale -> (weight, country, female, male, last, female suffix, cities "city|prov|name|zip",
#            street format, streets, address2 format, phone (prefixes, digits), domains)
_LOCALES = {
    "uk": (0.58, "UA", "Олена:olena Оксана:oksana Ірина:iryna Наталія:nataliia Тетяна:tetiana "
           "Юлія:yuliia Анна:anna Марія:mariia Катерина:kateryna Софія:sofiia Галина:halyna "
           "Христина:khrystyna Дарина:daryna Вікторія:viktoriia",
           "Олександр:oleksandr Андрій:andrii Іван:ivan Сергій:serhii Дмитро:dmytro "
           "Михайло:mykhailo Тарас:taras Богдан:bohdan Максим:maksym Юрій:yurii Василь:vasyl "
           "Остап:ostap Назар:nazar Євген:yevhen",
           "Коваленко:kovalenko Шевченко:shevchenko Бондаренко:bondarenko Ткаченко:tkachenko "
           "Кравченко:kravchenko Мельник:melnyk Бойко:boiko Олійник:oliinyk Лисенко:lysenko "
           "Савченко:savchenko Руденко:rudenko Мороз:moroz Кравець:kravets Гнатюк:hnatiuk "
           "Поліщук:polishchuk Марченко:marchenko Ковальчук:kovalchuk Романюк:romaniuk", "",
           "Київ|||01;Львів|||79;Харків|||61;Одеса|||65;Дніпро|||49;Вінниця|||21;Полтава|||36;"
           "Івано-Франківськ|||76;Ужгород|||88;Чернігів|||14;Тернопіль|||46",
           "вул. {s}, {n}", "Шевченка;Франка;Лесі Українки;Грушевського;Незалежності;Соборна;"
           "Садова;Зелена;Бандери;Січових Стрільців", "кв. {n}",
           ("50 63 66 67 68 73 93 95 97 99", 7), "ukrnet.example gmail.example i-ua.example"),
    "bg": (0.12, "BG", "Мария:maria Иванка:ivanka Елена:elena Десислава:desislava "
           "Гергана:gergana Цветелина:tsvetelina Николета:nikoleta",
           "Георги:georgi Иван:ivan Димитър:dimitar Николай:nikolay Петър:petar Христо:hristo "
           "Стоян:stoyan Тодор:todor", "Иванов:ivanov Петров:petrov Георгиев:georgiev "
           "Димитров:dimitrov Николов:nikolov Стоянов:stoyanov Тодоров:todorov Христов:hristov "
           "Костов:kostov Попов:popov Маринов:marinov Илиев:iliev", "а:a",
           "София|||1000;Пловдив|||4000;Варна|||9000;Бургас|||8000;Русе|||7000;"
           "Стара Загора|||6000;Велико Търново|||5000", "{s} {n}",
           "ул. Витоша;ул. Раковски;бул. България;ул. Граф Игнатиев;бул. Васил Левски;ул. Шипка",
           "ап. {n}", ("87 88 89 98", 7), "abv.example gmail.example mail-bg.example"),
    "zh": (0.10, "TW", "怡君:yichun 雅婷:yating 淑芬:shufen 佳穎:chiaying 詩涵:shihhan "
           "欣怡:hsinyi 雅雯:yawen", "志明:chihming 家豪:chiahao 俊傑:chunchieh 建宏:chienhung "
           "冠宇:kuanyu 承恩:chengen 宗翰:tsunghan 柏翰:pohan", "陳:chen 林:lin 黃:huang "
           "張:chang 李:li 王:wang 吳:wu 劉:liu 蔡:tsai 楊:yang 許:hsu 鄭:cheng 謝:hsieh", "",
           "臺北市|||100;新北市|||220;臺中市|||400;臺南市|||700;高雄市|||800;桃園市|||330;"
           "新竹市|||300", "{s}{n}號", "中正路;民生東路二段;中山北路一段;忠孝東路四段;仁愛路;"
           "和平東路;復興南路一段", "{n}樓", ("9", 8), "yahoo-tw.example gmail.example hinet.example"),
    "us": (0.12, "US", "Emma Olivia Sophie Grace Emily Hannah Chloe Lucy",
           "James Oliver Jack William Noah Thomas Daniel Henry",
           "Smith Johnson Brown Taylor Wilson Davies Evans Walker Clarke Wright Baker Hughes", "",
           "New York|NY|New York|10001;Chicago|IL|Illinois|60601;Austin|TX|Texas|73301;"
           "Seattle|WA|Washington|98101;Boston|MA|Massachusetts|02108", "{n} {s}",
           "Main St;Oak Avenue;Maple Drive;Park Place;Cedar Lane", "Apt {n}",
           ("212555 312555 512555 206555 617555", 4), "gmail.example outlook.example icloud.example"),
    "gb": (0.08, "GB", "Emma Olivia Sophie Grace Emily Amelia Isla", "James Oliver Jack George "
           "Harry Thomas Arthur", "Smith Jones Taylor Williams Davies Evans Roberts Wright", "",
           "London|||SW1A;Manchester|||M1;Edinburgh|||EH1;Bristol|||BS1;Leeds|||LS1", "{n} {s}",
           "High Street;Station Road;Church Lane;Victoria Road;Mill Lane", "Flat {n}",
           ("7700900", 3), "gmail.example outlook.example btinternet.example"),
}
_DIAL = {"UA": "380", "BG": "359", "TW": "886", "US": "1", "GB": "44"}
_COMPANIES = ("ФОП Коваленко", "ТОВ «Кавовий куточок»", "Studio Light", "咖啡小館", "Хотел Рила")
_NOTES = ("Оптовий клієнт", "Просить дзвонити після 18:00", "Алергія на лаванду",
          "Постійна клієнтка з Instagram", "Prefers English")
_ORDER_NOTES = ("Подзвоніть перед доставкою", "Це подарунок, без чека, будь ласка", "Please gift wrap")


def _pool(text: str) -> tuple[tuple[str, str], ...]:
    return tuple((t.split(":")[0], t.split(":")[-1].lower()) for t in text.split())


def _cents(c: int) -> str:
    return f"{'-' if c < 0 else ''}{abs(c) // 100}.{abs(c) % 100:02d}"


class DemoStore:
    """One synthetic shop: a compact order plan plus generators of Shopify export rows."""

    def __init__(self, customers: int, years: float = 3, seed: int = 7,
                 end: date = date(2026, 11, 1), tz: str = "Europe/Kyiv",
                 currency: str = "UAH") -> None:
        if customers < 1 or customers > 4_000_000 or years <= 0:
            raise ValueError("customers must be 1..4,000,000 and years positive")
        self.customers, self.seed, self.currency = customers, seed, currency.upper()
        self._tz = ZoneInfo(tz)
        self._scale, self._vat, self._tax_name = _CURRENCIES.get(
            self.currency, (1 / 41, 0, ""))
        rng = random.Random(seed)
        self._salt = rng.getrandbits(62)
        self._rng = random.Random()
        self._locales = [(k, v[0], v[1], _pool(v[2]), _pool(v[3]), _pool(v[4]), v[5].split(":"),
                          [c.split("|") for c in v[6].split(";")], v[7], v[8].split(";"), v[9],
                          (v[10][0].split(), v[10][1]), v[11].split())
                         for k, v in _LOCALES.items()]
        self._locale_cum = list(accumulate(loc[1] for loc in self._locales))
        self._build_catalogue(rng)
        self._build_clock(end, years)
        self._plan(rng, years)

    def _price(self, uah: float) -> int:
        v = uah * self._scale
        if v >= 100:
            return (round(v / 10) * 10 - 1) * 100
        return round(v) * 100 - 1 if v >= 3 else round(v * 100)

    def _build_catalogue(self, rng: random.Random) -> None:
        self.products: list[tuple[str, str, int, str, str, bool]] = []
        gifts = []
        for code, vendors, bases, variants in _CATALOGUE:
            for bi, base in enumerate(bases.split(";")):
                title, price = base.split(":")
                for vi, variant in enumerate(variants.split(";")):
                    vtitle, factor = variant.split(":")
                    cents = self._price(float(price) * float(factor)) if code != "GC" else \
                        max(1, round(float(factor) * self._scale)) * 100
                    if code == "GC":
                        vtitle = f"{_cents(cents)} {self.currency}"
                    compare = int(round(cents * 1.25, -2)) if (bi + vi) % 7 == 3 else 0
                    sku = f"{code}-{bi + 1:02d}{vi + 1}"
                    if code in ("GFT", "CND", "GC"):
                        gifts.append(len(self.products))
                    self.products.append((f"{title} - {vtitle}", sku, cents,
                                          _cents(compare) if compare else "",
                                          vendors.split(";")[(bi + vi) % len(vendors.split(";"))],
                                          code != "GC"))
        order = list(range(len(self.products)))
        rng.shuffle(order)
        weights = [0.0] * len(order)
        for rank, i in enumerate(order):
            weights[i] = 1 / (rank + 4) ** 0.9
        self._prod_cum, self._gifts = list(accumulate(weights)), gifts

    def _build_clock(self, end: date, years: float) -> None:
        start = end - timedelta(days=max(1, round(years * 365.2425)))
        self.t0 = int(datetime(start.year, start.month, start.day, tzinfo=self._tz).timestamp())
        self.t1 = int(datetime(end.year, end.month, end.day, tzinfo=self._tz).timestamp())
        n = math.ceil((self.t1 - self.t0) / 3600)
        weights, self._off, self._offstr, self._month = [], [], [], bytearray()
        for h in range(n):
            loc = datetime.fromtimestamp(self.t0 + h * 3600, self._tz)
            w = _MONTH_W[loc.month - 1] * _HOUR_W[loc.hour] * (0.65 + 0.7 * h / n)
            if loc.month == 11 and loc.day >= 22 or loc.month == 12 and loc.day <= 20:
                w *= 1.4
            weights.append(w * (1.1 if loc.weekday() >= 5 else 1.0))
            self._off.append(int(loc.utcoffset().total_seconds()))
            self._offstr.append(loc.strftime("%z"))
            self._month.append(loc.month)
        self._cum = list(accumulate(weights))

    def _when(self, rng: random.Random, lo: float, hi: float) -> int:
        """A seasonal instant whose cumulative weight lies between lo and hi (fractions)."""
        x = (lo + rng.random() * (hi - lo)) * self._cum[-1]
        h = min(bisect_left(self._cum, x), len(self._cum) - 1)
        return min(self.t0 + h * 3600 + rng.randrange(3600), self.t1 - 1)

    def _fraction(self, ts: int) -> float:
        return self._cum[min((ts - self.t0) // 3600, len(self._cum) - 1)] / self._cum[-1]

    def fmt(self, ts: int) -> str:
        """Shopify's timestamp form in the shop's zone: 2025-03-05 14:22:11 +0200."""
        h = (ts - self.t0) // 3600
        if 0 <= h < len(self._off):
            return time.strftime("%Y-%m-%d %H:%M:%S ", time.gmtime(ts + self._off[h])) + \
                self._offstr[h]
        return datetime.fromtimestamp(ts, self._tz).strftime("%Y-%m-%d %H:%M:%S %z")

    def _plan(self, rng: random.Random, years: float) -> None:
        f = min(years / 3, 3.0)
        plan: list[int] = []
        for idx in range(self.customers):
            u = rng.random()
            if u < 0.07:
                continue
            if u < 0.45:
                k = 1
            elif u < 0.965:
                k = 2 + int(math.log(1 - rng.random()) / math.log(1 - 1 / (1 + 2.3 * f)))
            else:
                k = 4 + min(int(9 * f * rng.paretovariate(1.7)), 300)
            first = self._when(rng, 0, rng.random() ** (1 + 0.3 * math.log(k)) or 1e-9)
            plan.append(first << 24 | idx)
            lo = self._fraction(first)
            span = (1 - lo) * rng.random() ** (1 / (1 + math.log(k)))
            for _ in range(k - 1):
                plan.append(max(first, self._when(rng, lo, lo + span)) << 24 | idx)
        guests = round(len(plan) * 0.03)
        no_email = round(len(plan) * 0.004)
        self._guest_end = self.customers + guests
        for g in range(guests + no_email):
            plan.append(self._when(rng, 0, 1) << 24 | (self.customers + g))
        plan.sort()
        self.plan = plan
        self.spent = [0] * self.customers
        self.counts = [0] * self.customers
        for packed in plan:
            idx = packed & 0xFFFFFF
            if idx < self.customers:
                d = self._draft(packed)
                self.counts[idx] += 1
                if d["status"] in ("paid", "partially_refunded"):
                    self.spent[idx] += d["total"] - d["refunded"]

    def person(self, idx: int) -> tuple:
        """Customer (or guest) number idx, regenerated from the seed on every call."""
        r = self._rng
        r.seed(self._salt * 31 + idx)
        loc = self._locales[bisect_left(self._locale_cum, r.random() * self._locale_cum[-1])]
        (_, _, country, fem, male, last, fsuf, cities, sfmt, streets, a2fmt, phone,
         domains) = loc
        female = r.random() < 0.62
        first, first_l = r.choice(fem if female else male)
        lname, last_l = r.choice(last)
        if female and fsuf[0]:
            lname, last_l = lname + fsuf[0], last_l + fsuf[1]
        n = (idx * 7919 + 12345) % 10 ** max(6, len(str(self._guest_end)) + 1)
        local = r.choice((f"{first_l}.{last_l}{n}", f"{first_l}{n}", f"{last_l}.{first_l}{n}",
                          f"{first_l[0]}{last_l}{n}", f"{first_l}_{last_l}{n}"))
        email = f"{local}@{r.choice(domains)}"
        if r.random() < 0.015:
            email = email.title()
        city, prov, prov_name, zbase = r.choice(cities)
        if country == "GB":
            zip_ = f"{zbase} {r.randrange(1, 10)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}" \
                   f"{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        else:
            zip_ = str(int(zbase) * 10 ** (5 - len(zbase)) + r.randrange(1000)).zfill(5) \
                if country == "UA" else str(int(zbase) + r.randrange(30)).zfill(len(zbase))
        addr1 = sfmt.format(s=r.choice(streets), n=r.randrange(1, 180))
        addr2 = a2fmt.format(n=r.randrange(1, 120)) if r.random() < 0.35 else ""
        digits = str((idx * 104729 + 7) % 10 ** phone[1]).zfill(phone[1])
        tel = f"+{_DIAL[country]}{r.choice(phone[0])}{digits}"
        has_tel = r.random() < 0.7
        company = r.choice(_COMPANIES) if r.random() < 0.03 else ""
        accepts = r.random() < 0.55
        birth = ""
        if r.random() < 0.6:
            if r.random() < 0.005:
                birth = f"{r.choice(range(1956, 2005, 4))}-02-29"
            else:
                birth = date.fromordinal(r.randrange(714_000, 732_300)).isoformat()
        tags = [t for t, p in (("newsletter", 0.3 if accepts else 0), ("instagram", 0.1),
                               ("wholesale", 1 if company else 0)) if r.random() < p]
        note = r.choice(_NOTES) if r.random() < 0.02 else ""
        return (first, lname, email, accepts, company, addr1, addr2, city, prov, prov_name,
                country, zip_, tel if has_tel else "", tel if r.random() < 0.5 else "",
                has_tel and r.random() < 0.3, note, bool(company) and r.random() < 0.3, tags,
                birth, 7_405_000_000_000 + idx * 1_103 + r.randrange(1_103))

    def _draft(self, packed: int) -> dict:
        """Everything random about one order, regenerated from its packed plan entry."""
        r, ts = self._rng, packed >> 24
        r.seed(packed ^ self._salt)
        month = self._month[min((ts - self.t0) // 3600, len(self._month) - 1)]
        lines, seen = [], []
        for _ in range(1 + bisect_left((0.55, 0.82, 0.94, 1.0), r.random())):
            if month in (11, 12) and r.random() < 0.3:
                p = r.choice(self._gifts)
            else:
                p = bisect_left(self._prod_cum, r.random() * self._prod_cum[-1])
            if p not in seen:
                seen.append(p)
                qty = 1 if not self.products[p][5] else 1 + bisect_left((0.85, 0.97), r.random())
                lines.append([p, qty, self.products[p][2] * qty, 0])
        gross = sum(line[2] for line in lines)
        u, code, disc = r.random(), "", 0
        if month == 11 and u < 0.2:
            code, disc = "BLACKFRIDAY20", gross * 20 // 100
        elif month == 12 and u < 0.12:
            code, disc = "XMAS15", gross * 15 // 100
        elif u < 0.04:
            code, disc = "WELCOME10", gross // 10
        elif u < 0.06 and gross > self._price(1500):
            code, disc = "LOYAL200", self._price(200) + 100
        left = disc
        for line in lines[:-1]:
            line[3] = disc * line[2] // gross if gross else 0
            left -= line[3]
        lines[-1][3] = left
        source = r.choices(("web", "pos", "shopify_draft_order"), (90, 5, 5))[0]
        ship_name, ship = r.choices((("Нова Пошта — відділення", 70), ("Нова Пошта — кур'єр", 120),
                                     ("Укрпошта", 45), ("Самовивіз", 0)), (60, 20, 10, 10))[0]
        ship = 0 if source == "pos" or gross - disc >= self._price(1500) else self._price(ship)
        if self.currency != "UAH":
            ship_name = "Express" if ship_name.endswith("кур'єр") else "Standard"
        subtotal = gross - disc
        total = subtotal + ship
        taxes = round(total * self._vat / (100 + self._vat))
        method = r.choices(("Cash on Delivery (COD)", "LiqPay", "monobank", "Shopify Payments"),
                           (30, 25, 15, 30))[0] if self.currency == "UAH" else \
            r.choices(("Shopify Payments", "PayPal Express Checkout"), (80, 20))[0]
        v = r.random()
        status = ("cancelled" if v < 0.02 else "voided" if v < 0.03 else
                  "partially_refunded" if v < 0.06 else "paid")
        paid_at = ts + (r.randrange(86_400, 4 * 86_400) if method.startswith("Cash")
                        else r.randrange(2, 90))
        if status == "paid" and paid_at >= self.t1:
            status = "pending"
        refunded = total if status == "cancelled" else 0
        if status == "partially_refunded":
            line = r.choice(lines)
            refunded = max(1, min(line[2] - line[3], total - 100))
        return {"lines": lines, "subtotal": subtotal, "ship": ship, "taxes": taxes,
                "total": total, "code": code, "disc": disc, "ship_name": ship_name,
                "source": source, "method": method, "status": status, "paid_at": paid_at,
                "refunded": refunded, "fulfilled_at": ts + r.randrange(3_600, 3 * 86_400),
                "cancelled_at": ts + r.randrange(600, 30 * 3_600),
                "email_mode": r.random(), "note": r.choice(_ORDER_NOTES) if r.random() < 0.02
                else "", "risk": r.choices(("Low", "Medium", "High"), (985, 12, 3))[0],
                "ref": f"c{r.randrange(10 ** 13, 10 ** 14)}.1"}

    def customer_rows(self) -> Iterator[list[str]]:
        """Rows of the customers export, in header order."""
        vip = self._price(15_000)
        for idx in range(self.customers):
            p = self.person(idx)
            tags = p[17] + (["vip"] if self.spent[idx] >= vip or self.counts[idx] >= 10 else [])
            yield [f"'{p[19]}", p[0], p[1], p[2], "yes" if p[3] else "no", p[4], p[5], p[6],
                   p[7], p[8], p[10], f"'{p[11]}", p[12], p[13], "yes" if p[14] else "no",
                   _cents(self.spent[idx]), str(self.counts[idx]), p[15],
                   "yes" if p[16] else "no", ", ".join(tags), p[18]]

    def order_rows(self) -> Iterator[list[str]]:
        """Rows of the orders export, newest order first, one row per line item."""
        width, end, cur = len(ORDER_HEADER), self.t1, self.currency
        for pos in range(len(self.plan) - 1, -1, -1):
            packed = self.plan[pos]
            idx, ts = packed & 0xFFFFFF, packed >> 24
            d = self._draft(packed)
            p = self.person(idx)
            email = p[2] if idx < self._guest_end else ""
            if email and d["email_mode"] < 0.03:
                email = email.title() if d["email_mode"] < 0.015 else f" {email}  "
            status, cancelled = d["status"], d["status"] in ("cancelled", "voided")
            fin = {"cancelled": "refunded"}.get(status, status)
            done = not cancelled and d["fulfilled_at"] < end
            row = [""] * width
            name = f"#{1001 + pos}"
            o = _O
            row[o["Name"]], row[o["Email"]], row[o["Financial Status"]] = name, email, fin
            if status not in ("voided", "pending"):
                row[o["Paid at"]] = self.fmt(min(d["paid_at"], end - 1))
            row[o["Fulfillment Status"]] = "fulfilled" if done else "unfulfilled"
            row[o["Fulfilled at"]] = self.fmt(d["fulfilled_at"]) if done else ""
            row[o["Accepts Marketing"]] = "yes" if email and p[3] else "no"
            row[o["Currency"]], row[o["Subtotal"]] = cur, _cents(d["subtotal"])
            row[o["Shipping"]], row[o["Taxes"]] = _cents(d["ship"]), _cents(d["taxes"])
            row[o["Total"]], row[o["Discount Code"]] = _cents(d["total"]), d["code"]
            row[o["Discount Amount"]] = _cents(d["disc"])
            row[o["Shipping Method"]] = d["ship_name"] if d["source"] != "pos" else ""
            row[o["Created at"]] = self.fmt(ts)
            street = f"{p[5]}, {p[6]}" if p[6] else p[5]
            addr = (f"{p[0]} {p[1]}", street, p[5], p[6], p[4], p[7], f"'{p[11]}", p[8], p[10],
                    p[12])
            for prefix in ("Billing", "Shipping"):
                if prefix == "Billing" or d["source"] != "pos":
                    for col, value in zip(_ADDR, addr, strict=True):
                        row[o[f"{prefix} {col}"]] = value
                    row[o[f"{prefix} Province Name"]] = p[9]
            row[o["Notes"]] = d["note"]
            if cancelled:
                row[o["Cancelled at"]] = self.fmt(max(ts, min(d["cancelled_at"], end - 1)))
            row[o["Payment Method"]], row[o["Payment Reference"]] = d["method"], d["ref"]
            row[o["Payment ID"]] = row[o["Payment References"]] = d["ref"]
            row[o["Refunded Amount"]] = _cents(d["refunded"])
            row[o["Outstanding Balance"]] = _cents(d["total"] if status == "pending" else 0)
            row[o["Location"]] = "Затишна крамниця, Поділ" if d["source"] == "pos" else ""
            row[o["Id"]] = str(5_610_000_000_000 + pos * 1_009 + packed % 1_009)
            row[o["Risk Level"]], row[o["Source"]] = d["risk"], d["source"]
            row[o["Phone"]] = p[13]
            if self._vat:
                row[o["Tax 1 Name"]], row[o["Tax 1 Value"]] = self._tax_name, _cents(d["taxes"])
            for i, (prod, qty, _, ldisc) in enumerate(d["lines"]):
                if i:
                    row = [""] * width
                    row[o["Name"]], row[o["Email"]] = name, email
                title, sku, price, compare, vendor, ships = self.products[prod]
                values = (str(qty), title, _cents(price), compare, sku,
                          "true" if ships else "false", "true" if ships else "false",
                          "fulfilled" if done else "pending", vendor, _cents(ldisc))
                for col, value in zip(_LINE_COLS, values, strict=True):
                    row[col] = value
                yield row


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
    for path, header, rows in ((paths[0], CUSTOMER_HEADER, store.customer_rows()),
                               (paths[1], ORDER_HEADER, store.order_rows())):
        with path.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh, lineterminator="\n")
            writer.writerow(header)
            writer.writerows(rows)
    return paths
