<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Backtest…</source>
        <translation>&amp;Випробувати на історії…</translation>
    </message>
    <message>
        <source>&amp;Check flow</source>
        <translation>&amp;Перевірити сценарій</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копіювати</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Ви&amp;далити</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Редагування</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>&amp;Умістити у вікно</translation>
    </message>
    <message>
        <source>&amp;Import store data…</source>
        <translation>&amp;Імпортувати дані магазину…</translation>
    </message>
    <message>
        <source>&amp;New flow</source>
        <translation>&amp;Новий сценарій</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Відкрити…</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Вст&amp;авити</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>При&amp;зупинити</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ийти</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <source>&amp;Tidy up (auto-layout)</source>
        <translation>Упо&amp;рядкувати (автоматично)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>Actual &amp;size</source>
        <translation>&amp;Справжній розмір</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Вирізати</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Дублювати</translation>
    </message>
    <message>
        <source>F&amp;low</source>
        <translation>&amp;Сценарій</translation>
    </message>
    <message>
        <source>Flow &amp;settings…</source>
        <translation>&amp;Налаштування сценарію…</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основна</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Н&amp;едавні</translation>
    </message>
    <message>
        <source>Running flows for real comes in the next version of Boomerang. Until then, backtest a flow to see what it would have done.</source>
        <translation>Справжній запуск сценаріїв з’явиться в наступній версії Boomerang. А поки що випробуйте сценарій на історії замовлень і подивіться, що він зробив би.</translation>
    </message>
    <message>
        <source>S&amp;hop settings…</source>
        <translation>&amp;Налаштування магазину…</translation>
    </message>
    <message>
        <source>Save &amp;as file…</source>
        <translation>Зберегти &amp;як файл…</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Вибрати &amp;все</translation>
    </message>
    <message>
        <source>Start from a &amp;recipe…</source>
        <translation>Почати з &amp;рецепта…</translation>
    </message>
    <message>
        <source>Switch &amp;on</source>
        <translation>&amp;Увімкнути</translation>
    </message>
    <message>
        <source>Who can enter this flow, the goals that end a run early, and what happens when you switch it on</source>
        <translation>Хто може увійти в сценарій, цілі, що достроково завершують шлях покупця, і що станеться, коли ви його ввімкнете</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Збільшити</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>З&amp;меншити</translation>
    </message>
</context>
<context>
    <name>BacktestDialog</name>
    <message numerus="yes">
        <source>%Ln contact entered the flow at “{step}” during the backtest.</source>
        <translation>
            <numerusform>Під час випробування %Ln покупець увійшов у сценарій на кроці «{step}».</numerusform>
            <numerusform>Під час випробування %Ln покупці увійшли в сценарій на кроці «{step}».</numerusform>
            <numerusform>Під час випробування %Ln покупців увійшли в сценарій на кроці «{step}».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact reached “{step}” during the backtest.</source>
        <translation>
            <numerusform>Під час випробування до кроку «{step}» дійшов %Ln покупець.</numerusform>
            <numerusform>Під час випробування до кроку «{step}» дійшли %Ln покупці.</numerusform>
            <numerusform>Під час випробування до кроку «{step}» дійшли %Ln покупців.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact reached “{step}” during the backtest:</source>
        <translation>
            <numerusform>Під час випробування до кроку «{step}» дійшов %Ln покупець:</numerusform>
            <numerusform>Під час випробування до кроку «{step}» дійшли %Ln покупці:</numerusform>
            <numerusform>Під час випробування до кроку «{step}» дійшли %Ln покупців:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts entered the flow at “{step}” during the backtest.</source>
        <translation>
            <numerusform>Під час випробування %Ln покупець увійшов у сценарій на кроці «{step}».</numerusform>
            <numerusform>Під час випробування %Ln покупці увійшли в сценарій на кроці «{step}».</numerusform>
            <numerusform>Під час випробування %Ln покупців увійшли в сценарій на кроці «{step}».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts reached “{step}” during the backtest.</source>
        <translation>
            <numerusform>Під час випробування до кроку «{step}» дійшов %Ln покупець.</numerusform>
            <numerusform>Під час випробування до кроку «{step}» дійшли %Ln покупці.</numerusform>
            <numerusform>Під час випробування до кроку «{step}» дійшли %Ln покупців.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts reached “{step}” during the backtest:</source>
        <translation>
            <numerusform>Під час випробування до кроку «{step}» дійшов %Ln покупець:</numerusform>
            <numerusform>Під час випробування до кроку «{step}» дійшли %Ln покупці:</numerusform>
            <numerusform>Під час випробування до кроку «{step}» дійшли %Ln покупців:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln done</source>
        <translation>
            <numerusform>%Ln виконано</numerusform>
            <numerusform>%Ln виконано</numerusform>
            <numerusform>%Ln виконано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln issued</source>
        <translation>
            <numerusform>%Ln видано</numerusform>
            <numerusform>%Ln видано</numerusform>
            <numerusform>%Ln видано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sent</source>
        <translation>
            <numerusform>%Ln надіслано</numerusform>
            <numerusform>%Ln надіслано</numerusform>
            <numerusform>%Ln надіслано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln пропущено</numerusform>
            <numerusform>%Ln пропущено</numerusform>
            <numerusform>%Ln пропущено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tagged</source>
        <translation>
            <numerusform>%Ln з міткою</numerusform>
            <numerusform>%Ln з міткою</numerusform>
            <numerusform>%Ln з міткою</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln untagged</source>
        <translation>
            <numerusform>%Ln без мітки</numerusform>
            <numerusform>%Ln без мітки</numerusform>
            <numerusform>%Ln без мітки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coupon issued</source>
        <translation>
            <numerusform>%n купон видано</numerusform>
            <numerusform>%n купони видано</numerusform>
            <numerusform>%n купонів видано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coupons issued</source>
        <translation>
            <numerusform>%n купон видано</numerusform>
            <numerusform>%n купони видано</numerusform>
            <numerusform>%n купонів видано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n email sent</source>
        <translation>
            <numerusform>%n лист надіслано</numerusform>
            <numerusform>%n листи надіслано</numerusform>
            <numerusform>%n листів надіслано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n emails sent</source>
        <translation>
            <numerusform>%n лист надіслано</numerusform>
            <numerusform>%n листи надіслано</numerusform>
            <numerusform>%n листів надіслано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field filled in</source>
        <translation>
            <numerusform>%n поле заповнено</numerusform>
            <numerusform>%n поля заповнено</numerusform>
            <numerusform>%n полів заповнено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fields filled in</source>
        <translation>
            <numerusform>%n поле заповнено</numerusform>
            <numerusform>%n поля заповнено</numerusform>
            <numerusform>%n полів заповнено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note to you</source>
        <translation>
            <numerusform>%n нагадування вам</numerusform>
            <numerusform>%n нагадування вам</numerusform>
            <numerusform>%n нагадувань вам</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes to you</source>
        <translation>
            <numerusform>%n нагадування вам</numerusform>
            <numerusform>%n нагадування вам</numerusform>
            <numerusform>%n нагадувань вам</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points change</source>
        <translation>
            <numerusform>%n зміна балів</numerusform>
            <numerusform>%n зміни балів</numerusform>
            <numerusform>%n змін балів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points changes</source>
        <translation>
            <numerusform>%n зміна балів</numerusform>
            <numerusform>%n зміни балів</numerusform>
            <numerusform>%n змін балів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step skipped</source>
        <translation>
            <numerusform>%n крок пропущено</numerusform>
            <numerusform>%n кроки пропущено</numerusform>
            <numerusform>%n кроків пропущено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps skipped</source>
        <translation>
            <numerusform>%n крок пропущено</numerusform>
            <numerusform>%n кроки пропущено</numerusform>
            <numerusform>%n кроків пропущено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag added</source>
        <translation>
            <numerusform>%n мітку додано</numerusform>
            <numerusform>%n мітки додано</numerusform>
            <numerusform>%n міток додано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag removed</source>
        <translation>
            <numerusform>%n мітку прибрано</numerusform>
            <numerusform>%n мітки прибрано</numerusform>
            <numerusform>%n міток прибрано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tags added</source>
        <translation>
            <numerusform>%n мітку додано</numerusform>
            <numerusform>%n мітки додано</numerusform>
            <numerusform>%n міток додано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tags removed</source>
        <translation>
            <numerusform>%n мітку прибрано</numerusform>
            <numerusform>%n мітки прибрано</numerusform>
            <numerusform>%n міток прибрано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsubscribed</source>
        <translation>
            <numerusform>%n відписано від розсилок</numerusform>
            <numerusform>%n відписано від розсилок</numerusform>
            <numerusform>%n відписано від розсилок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n webhook call</source>
        <translation>
            <numerusform>%n виклик вебхука</numerusform>
            <numerusform>%n виклики вебхука</numerusform>
            <numerusform>%n викликів вебхука</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n webhook calls</source>
        <translation>
            <numerusform>%n виклик вебхука</numerusform>
            <numerusform>%n виклики вебхука</numerusform>
            <numerusform>%n викликів вебхука</numerusform>
        </translation>
    </message>
    <message>
        <source>, no action was taken</source>
        <translation>, жодної дії не виконано</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; customer entered the flow</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; покупець увійшов у сценарій</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; покупці увійшли в сценарій</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; покупців увійшли в сценарій</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; customers entered the flow</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; покупець увійшов у сценарій</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; покупці увійшли в сценарій</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; покупців увійшли в сценарій</numerusform>
        </translation>
    </message>
    <message>
        <source>Backtest stopped. Nothing was changed.</source>
        <translation>Випробування зупинено. Нічого не змінено.</translation>
    </message>
    <message>
        <source>Backtest: {name}</source>
        <translation>Випробування: {name}</translation>
    </message>
    <message>
        <source>Boomerang replays the period through this flow on a copy of your data. Nothing is sent and nothing in your shop changes.</source>
        <translation>Boomerang програє цей період через сценарій на копії ваших даних. Нічого не надсилається, і у вашому магазині нічого не змінюється.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Choose a period and press “Run backtest”.</source>
        <translation>Виберіть період і натисніть «Запустити випробування».</translation>
    </message>
    <message>
        <source>Choose a row to see the email it would have sent.</source>
        <translation>Виберіть рядок, щоб побачити лист.</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>Купон</translation>
    </message>
    <message>
        <source>Coupon {code}</source>
        <translation>Купон {code}</translation>
    </message>
    <message>
        <source>Coupon {code} ({terms})</source>
        <translation>Купон {code} ({terms})</translation>
    </message>
    <message>
        <source>Dates and times in the shop&apos;s time zone, {zone}</source>
        <translation>Дата й час — у часовому поясі магазину, {zone}</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>Email: {subject}</source>
        <translation>Лист: {subject}</translation>
    </message>
    <message>
        <source>Field set</source>
        <translation>Заповнено поле</translation>
    </message>
    <message>
        <source>Field “{field}” set to “{value}”</source>
        <translation>Поле «{field}» = «{value}»</translation>
    </message>
    <message>
        <source>Filled in again from the flow&apos;s template with this customer&apos;s details as they are today; their points and tags may have differed then.</source>
        <translation>Заповнено заново із шаблону сценарію за теперішніми даними покупця; його бали й мітки тоді могли бути інші.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>З</translation>
    </message>
    <message>
        <source>Note to you</source>
        <translation>Нагадування вам</translation>
    </message>
    <message>
        <source>Note to you: {message}</source>
        <translation>Нагадування вам: {message}</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Бали</translation>
    </message>
    <message>
        <source>Replaying {first} – {last}…</source>
        <translation>Програємо {first} – {last}…</translation>
    </message>
    <message>
        <source>Replaying… %p%</source>
        <translation>Програємо… %p%</translation>
    </message>
    <message>
        <source>Run backtest</source>
        <translation>Запустити випробування</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Зупиняємо…</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Tag added</source>
        <translation>Додано мітку</translation>
    </message>
    <message>
        <source>Tag added: {tag}</source>
        <translation>Додано мітку: {tag}</translation>
    </message>
    <message>
        <source>Tag removed</source>
        <translation>Прибрано мітку</translation>
    </message>
    <message>
        <source>Tag removed: {tags}</source>
        <translation>Прибрано мітку: {tags}</translation>
    </message>
    <message>
        <source>The backtest could not run: {message}</source>
        <translation>Не вдалося запустити випробування: {message}</translation>
    </message>
    <message>
        <source>The first day of the period comes after the last one.</source>
        <translation>Перший день періоду пізніше за останній.</translation>
    </message>
    <message>
        <source>This email cannot be previewed: {error}</source>
        <translation>Цей лист не вдається показати: {error}</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Try “{name}” on your past orders</source>
        <translation>Випробуйте «{name}» на минулих замовленнях</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Відписано</translation>
    </message>
    <message>
        <source>Unsubscribed from marketing email</source>
        <translation>Відписано від розсилок</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Вебхук</translation>
    </message>
    <message>
        <source>Webhook call to {url}</source>
        <translation>Виклик вебхука {url}</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>When (shop time)</source>
        <translation>Коли (час магазину)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>already had the tag</source>
        <translation>мітка вже була</translation>
    </message>
    <message>
        <source>already unsubscribed</source>
        <translation>уже відписаний</translation>
    </message>
    <message>
        <source>did not have the tag</source>
        <translation>мітки не було</translation>
    </message>
    <message>
        <source>free shipping</source>
        <translation>безкоштовна доставка</translation>
    </message>
    <message>
        <source>no email address</source>
        <translation>немає адреси ел. пошти</translation>
    </message>
    <message>
        <source>no marketing consent</source>
        <translation>немає згоди на розсилки</translation>
    </message>
    <message>
        <source>no order to work from</source>
        <translation>немає відповідного замовлення</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>причину не вказано</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>нічого змінювати</translation>
    </message>
    <message>
        <source>points</source>
        <translation>бали</translation>
    </message>
    <message>
        <source>the cashback was below the minimum</source>
        <translation>кешбек менший за мінімум</translation>
    </message>
    <message>
        <source>the email could not be filled in</source>
        <translation>не вдалося заповнити лист</translation>
    </message>
    <message>
        <source>the email shows a coupon, but no coupon was given</source>
        <translation>у листі є купон, але купон не видано</translation>
    </message>
    <message>
        <source>the field was already filled in</source>
        <translation>поле вже заповнене</translation>
    </message>
    <message>
        <source>the tag came out empty</source>
        <translation>мітка вийшла порожньою</translation>
    </message>
    <message>
        <source>this customer is no longer in the workspace</source>
        <translation>цього покупця вже немає в робочій базі</translation>
    </message>
    <message>
        <source>this step cannot run in a backtest</source>
        <translation>цей крок не можна виконати під час випробування</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>{0} entered</source>
        <translation>Увійшли: {0}</translation>
    </message>
    <message>
        <source>{0} reached</source>
        <translation>Дійшли: {0}</translation>
    </message>
    <message>
        <source>{amount} % off</source>
        <translation>знижка {amount} %</translation>
    </message>
    <message>
        <source>{amount} {currency} off</source>
        <translation>знижка {amount} {currency}</translation>
    </message>
    <message>
        <source>{sign}{amount} {account} (now {balance})</source>
        <translation>{sign}{amount} {account} (тепер {balance})</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <source>Cannot connect: {0}</source>
        <translation>Не вдається з’єднати: {0}</translation>
    </message>
    <message>
        <source>Delete {0} item(s)</source>
        <translation>Видалити елементи ({0})</translation>
    </message>
    <message>
        <source>Overview: click or drag to move around the flow</source>
        <translation>Огляд: клацніть або перетягніть, щоб переміститися сценарієм</translation>
    </message>
    <message>
        <source>This step has a problem:</source>
        <translation>У цьому кроці є проблема:</translation>
    </message>
    <message>
        <source>This step has {0} problems:</source>
        <translation>У цьому кроці є проблеми ({0}):</translation>
    </message>
    <message>
        <source>Unknown kind of step</source>
        <translation>Невідомий вид кроку</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Add {0}</source>
        <translation>Додати: {0}</translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation>Автоматичне впорядкування</translation>
    </message>
    <message>
        <source>Change flow settings</source>
        <translation>Змінити налаштування сценарію</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>Змінити налаштування</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>З’єднати</translation>
    </message>
    <message>
        <source>Delete {0} step(s)</source>
        <translation>Видалити кроки ({0})</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Роз’єднати</translation>
    </message>
    <message>
        <source>Move {0} step(s)</source>
        <translation>Перемістити кроки ({0})</translation>
    </message>
    <message>
        <source>Paste {0} step(s)</source>
        <translation>Вставити кроки ({0})</translation>
    </message>
    <message>
        <source>Rename step</source>
        <translation>Перейменувати крок</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Boomerang closed before your changes to “{0}” were saved. Restore them?</source>
        <translation>Boomerang закрився до того, як зміни в «{0}» було збережено. Відновити їх?</translation>
    </message>
    <message>
        <source>Cannot open this file</source>
        <translation>Не вдається відкрити цей файл</translation>
    </message>
    <message>
        <source>New flow</source>
        <translation>Новий сценарій</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
    <message>
        <source>Open flow</source>
        <translation>Відкрити сценарій</translation>
    </message>
    <message>
        <source>Restore unsaved changes?</source>
        <translation>Відновити незбережені зміни?</translation>
    </message>
    <message>
        <source>Save flow as file</source>
        <translation>Зберегти сценарій як файл</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Збережено</translation>
    </message>
</context>
<context>
    <name>FlowSettings</name>
    <message>
        <source>A customer is never in the same flow twice at the same time.</source>
        <translation>Покупець ніколи не проходить той самий сценарій двічі одночасно.</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>Додати мету</translation>
    </message>
    <message>
        <source>Again, but only {0} days after they last entered</source>
        <translation>Знову, але не раніше ніж через {0} дн. після останнього входу</translation>
    </message>
    <message>
        <source>Again, once their previous run has finished</source>
        <translation>Знову, коли попередній шлях уже завершився</translation>
    </message>
    <message>
        <source>Also start it for customers who already qualify today</source>
        <translation>Запустити й для покупців, які підходять уже сьогодні</translation>
    </message>
    <message>
        <source>An order counts only when it holds a product that a “Pick products” step of this run chose for the customer.</source>
        <translation>Замовлення зараховується, лише якщо в ньому є товар, який крок «Підібрати товари» на цьому шляху підібрав для покупця.</translation>
    </message>
    <message>
        <source>Applies only to a flow with an “Inactive for N days” trigger. This flow starts for each customer when its trigger happens.</source>
        <translation>Діє лише для сценарію з тригером «Неактивний N днів». Цей сценарій запускається для кожного покупця, коли спрацьовує його тригер.</translation>
    </message>
    <message>
        <source>Flow settings — {0}</source>
        <translation>Налаштування сценарію — {0}</translation>
    </message>
    <message>
        <source>Goal — end the run early, as a success, when the customer…</source>
        <translation>Мета — достроково й успішно завершити шлях, коли покупець…</translation>
    </message>
    <message>
        <source>No goal: every run goes on to its last step.</source>
        <translation>Мети немає: кожен шлях іде до останнього кроку.</translation>
    </message>
    <message>
        <source>Not only for those who cross the line from now on: with “Inactive for N days”, everyone who has gone that long or longer without an order enters on the day you switch the flow on.</source>
        <translation>Не лише для тих, хто перетне межу відтепер: із «Неактивний N днів» усі, хто стільки або довше не замовляв, увійдуть у сценарій того дня, коли ви його ввімкнете.</translation>
    </message>
    <message>
        <source>Once — a customer goes through this flow at most once</source>
        <translation>Один раз — покупець проходить цей сценарій щонайбільше раз</translation>
    </message>
    <message>
        <source>Remove this goal</source>
        <translation>Прибрати цю мету</translation>
    </message>
    <message>
        <source>Type the event&apos;s name for goal {0}, or remove that goal.</source>
        <translation>Введіть назву події для мети {0} або приберіть цю мету.</translation>
    </message>
    <message>
        <source>When one of these happens while a customer is in the flow, their run stops there and counts as a success: the steps still ahead of them are skipped.</source>
        <translation>Якщо щось із цього стається, поки покупець у сценарії, його шлях на цьому зупиняється й вважається успішним: решту кроків буде пропущено.</translation>
    </message>
    <message>
        <source>When you switch the flow on</source>
        <translation>Коли ви вмикаєте сценарій</translation>
    </message>
    <message>
        <source>Who can enter</source>
        <translation>Хто може увійти</translation>
    </message>
    <message>
        <source>answers the NPS survey</source>
        <translation>відповість на опитування NPS</translation>
    </message>
    <message>
        <source>event name, e.g. complaint</source>
        <translation>назва події, напр. complaint</translation>
    </message>
    <message>
        <source>leaves a review</source>
        <translation>залишить відгук</translation>
    </message>
    <message>
        <source>only an order with a product this flow suggested</source>
        <translation>лише замовлення з товаром, який запропонував цей сценарій</translation>
    </message>
    <message>
        <source>other event…</source>
        <translation>інша подія…</translation>
    </message>
    <message>
        <source>places an order</source>
        <translation>оформить замовлення</translation>
    </message>
    <message>
        <source>replies to an email</source>
        <translation>відповість на лист</translation>
    </message>
    <message>
        <source>submits a form</source>
        <translation>заповнить форму</translation>
    </message>
</context>
<context>
    <name>Flows</name>
    <message>
        <source>Last change</source>
        <translation>Остання зміна</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>No flows yet</source>
        <translation>Сценаріїв ще немає</translation>
    </message>
    <message>
        <source>Opening your workspace…</source>
        <translation>Відкриваємо вашу робочу базу…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>saved flow</source>
        <translation>збережений сценарій</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Скасувати імпорт</translation>
    </message>
    <message>
        <source>Choose at least one file.</source>
        <translation>Виберіть хоча б один файл.</translation>
    </message>
    <message>
        <source>Choose export</source>
        <translation>Вибрати експорт</translation>
    </message>
    <message>
        <source>Choose the CSV files you exported from Shopify (Customers → Export, Orders → Export). Importing the same files again changes nothing.</source>
        <translation>Виберіть CSV-файли, експортовані з Shopify (Клієнти → Експорт, Замовлення → Експорт). Повторний імпорт тих самих файлів нічого не змінить.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <source>Customers export (CSV)</source>
        <translation>Експорт клієнтів (CSV)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Імпортувати</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Імпорт скасовано: нічого не змінено.</translation>
    </message>
    <message>
        <source>Import store data</source>
        <translation>Імпорт даних магазину</translation>
    </message>
    <message>
        <source>Importing… you can keep working.</source>
        <translation>Імпортуємо… можете працювати далі.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Рядок</translation>
    </message>
    <message>
        <source>Nothing was imported: {0}</source>
        <translation>Нічого не імпортовано: {0}</translation>
    </message>
    <message>
        <source>Orders export (CSV)</source>
        <translation>Експорт замовлень (CSV)</translation>
    </message>
    <message>
        <source>Why it was skipped</source>
        <translation>Чому пропущено</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необов’язково</translation>
    </message>
    <message>
        <source>{0}: {1} new, {2} updated, {3} skipped</source>
        <translation>{0}: нових {1}, оновлено {2}, пропущено {3}</translation>
    </message>
</context>
<context>
    <name>ListEditors</name>
    <message>
        <source>Add branch</source>
        <translation>Додати гілку</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Гілка</translation>
    </message>
    <message>
        <source>Names separated by commas</source>
        <translation>Назви через кому</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Прибрати</translation>
    </message>
    <message>
        <source>SKUs or product titles, separated by commas</source>
        <translation>Артикули або назви товарів через кому</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Частка</translation>
    </message>
    <message>
        <source>Total: {0} %</source>
        <translation>Разом: {0} %</translation>
    </message>
    <message>
        <source>{0} — must be 100 %</source>
        <translation>{0} — має бути 100 %</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Boomerang</source>
        <translation>Boomerang</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Чернетка</translation>
    </message>
    <message>
        <source>New flow</source>
        <translation>Новий сценарій</translation>
    </message>
    <message>
        <source>No problems: this flow is ready.</source>
        <translation>Проблем немає: сценарій готовий.</translation>
    </message>
    <message>
        <source>Nothing to paste</source>
        <translation>Нічого вставляти</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблеми</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>Зберегти зміни?</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Кроки</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Незбережені зміни</translation>
    </message>
    <message>
        <source>Your flows</source>
        <translation>Ваші сценарії</translation>
    </message>
    <message>
        <source>{0} problem(s): see the Problems panel.</source>
        <translation>Проблем: {0}. Див. панель «Проблеми».</translation>
    </message>
    <message>
        <source>“{0}” has changes that are not saved. Save them before you go on?</source>
        <translation>У сценарії «{0}» є незбережені зміни. Зберегти їх, перш ніж продовжити?</translation>
    </message>
</context>
<context>
    <name>NodeCatalog</name>
    <message>
        <source>...with this value (leave empty for any value).</source>
        <translation>...з цим значенням (порожнє — будь-яке значення).</translation>
    </message>
    <message>
        <source>0 starts on the day itself.</source>
        <translation>0 — у сам день.</translation>
    </message>
    <message>
        <source>0 starts on the day the points expire.</source>
        <translation>0 — у день, коли бали згорають.</translation>
    </message>
    <message>
        <source>A code is only worth creating when the email that carries it may be sent: contacts who do not accept email marketing are skipped.</source>
        <translation>Код варто створювати, лише коли лист із ним можна надіслати: покупців, які не погодилися на розсилки, пропускаємо.</translation>
    </message>
    <message>
        <source>A contact field that receives the time of the check; leave empty to record it in the activity log only.</source>
        <translation>Поле покупця, куди записати час перевірки; залиште порожнім, щоб записати лише в журнал дій.</translation>
    </message>
    <message>
        <source>A custom field holding a YYYY-MM-DD date.</source>
        <translation>Власне поле з датою у форматі РРРР-ММ-ДД.</translation>
    </message>
    <message>
        <source>A friend used the referral code</source>
        <translation>Друг скористався реферальним кодом</translation>
    </message>
    <message>
        <source>A score</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <source>Accepts email marketing</source>
        <translation>Погоджується на розсилки</translation>
    </message>
    <message>
        <source>Accessories</source>
        <translation>Аксесуари</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Додати</translation>
    </message>
    <message>
        <source>Add or remove points</source>
        <translation>Змінити бали</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Додати мітку</translation>
    </message>
    <message>
        <source>Adds a tag to the contact (other flows may start on it).</source>
        <translation>Додає покупцю мітку (з неї можуть починатися інші сценарії).</translation>
    </message>
    <message>
        <source>Adds to or subtracts from the contact&apos;s loyalty points or a named score.</source>
        <translation>Додає або знімає бонусні бали покупця чи бали іменованої оцінки.</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>Усі правила</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <source>Anniversary of the first purchase</source>
        <translation>Річниця першої покупки</translation>
    </message>
    <message>
        <source>Another date field</source>
        <translation>Інше поле з датою</translation>
    </message>
    <message>
        <source>Any rule</source>
        <translation>Будь-яке правило</translation>
    </message>
    <message>
        <source>At least (times)</source>
        <translation>Щонайменше (разів)</translation>
    </message>
    <message>
        <source>At least this many points expiring</source>
        <translation>Щонайменше стільки балів згорає</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Середній чек</translation>
    </message>
    <message>
        <source>Best sellers of a collection</source>
        <translation>Хіти продажу колекції</translation>
    </message>
    <message>
        <source>Birthday (field birth_date)</source>
        <translation>День народження (поле birth_date)</translation>
    </message>
    <message>
        <source>Bought together with the order (by other customers)</source>
        <translation>Купують разом із цим замовленням (інші покупці)</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>Гілки</translation>
    </message>
    <message>
        <source>Call a webhook</source>
        <translation>Викликати вебхук</translation>
    </message>
    <message>
        <source>Cashback (% of the order total)</source>
        <translation>Кешбек (% від суми замовлення)</translation>
    </message>
    <message>
        <source>Cashback {percent} % for {expires_days} days</source>
        <translation>Кешбек {percent} % на {expires_days} дн.</translation>
    </message>
    <message>
        <source>Check consent</source>
        <translation>Перевірити згоду</translation>
    </message>
    <message>
        <source>Checks the order that started the flow: its total, products or discount code.</source>
        <translation>Перевіряє замовлення, з якого почався сценарій: суму, товари чи промокод.</translation>
    </message>
    <message>
        <source>Checks whether the contact accepts email marketing right now and records the check (the answer and when it was given) in the activity log and, optionally, a contact field, so you can show that consent was verified. Continues on “yes” or “no”.</source>
        <translation>Перевіряє, чи погоджується покупець на розсилки саме зараз, і записує перевірку (відповідь і час) у журнал дій та, за бажанням, у поле покупця — так ви зможете показати, що згоду перевірено. Далі йде на «так» або «ні».</translation>
    </message>
    <message>
        <source>Chooses products to show in the next emails, from the shop&apos;s own order history: the contact&apos;s favourites, what other customers bought together with this order, the best sellers of a collection, or the product a tag or event names. Emails then show them as {{ products }} (each with title, sku, price and url). Continues on “found”, or on “none” when there is nothing to show.</source>
        <translation>Підбирає товари для наступних листів з історії замовлень магазину: улюблені товари покупця, що інші покупці брали разом із цим замовленням, хіти продажу колекції або товар, названий у мітці чи події. У листах вони доступні як {{ products }} (у кожного є title, sku, price і url). Далі йде на «found», або на «none», коли показати нічого.</translation>
    </message>
    <message>
        <source>Code prefix</source>
        <translation>Префікс коду</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Колекція</translation>
    </message>
    <message>
        <source>Collections in the order</source>
        <translation>Колекції в замовленні</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Виконано</translation>
    </message>
    <message>
        <source>Continues on “yes” when the contact has sent the event at least N times within a period, counting only events for the same value of a property as the event that started the flow (for example the same product), this one included.</source>
        <translation>Йде на «так», коли покупець надіслав подію щонайменше N разів за період; рахуються лише події з тим самим значенням властивості, що й подія, яка запустила сценарій (наприклад, той самий товар), разом із нею.</translation>
    </message>
    <message>
        <source>Continues on “yes” when the contact matches the rules (tags, fields, consent, orders, total spent, days since last order, RFM, points, tier), else on “no”.</source>
        <translation>Йде на «так», коли покупець відповідає правилам (мітки, поля, згода, замовлення, сума покупок, днів від останнього замовлення, RFM, бали, рівень), інакше — на «ні».</translation>
    </message>
    <message>
        <source>Count only events with the same</source>
        <translation>Рахувати лише події з тим самим</translation>
    </message>
    <message>
        <source>Create a task</source>
        <translation>Створити завдання</translation>
    </message>
    <message>
        <source>Creates a unique coupon code for this contact; later emails can show it as {{ coupon.code }}.</source>
        <translation>Створює унікальний код купона для цього покупця; наступні листи можуть показати його як {{ coupon.code }}.</translation>
    </message>
    <message>
        <source>Customer signed up</source>
        <translation>Реєстрація покупця</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Date reached</source>
        <translation>Настала дата</translation>
    </message>
    <message>
        <source>Days before</source>
        <translation>За скільки днів</translation>
    </message>
    <message>
        <source>Days since last order</source>
        <translation>Днів від останнього замовлення</translation>
    </message>
    <message>
        <source>Days since last purchase</source>
        <translation>Днів від останньої покупки</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Знижка</translation>
    </message>
    <message>
        <source>Discount code used</source>
        <translation>Використано промокод</translation>
    </message>
    <message>
        <source>Earlier events count when they came this long before, or less.</source>
        <translation>Раніші події враховуються, якщо були не раніше ніж за цей час.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>Email “{template[subject]}”</source>
        <translation>Лист «{template[subject]}»</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Кінець</translation>
    </message>
    <message>
        <source>End ({outcome})</source>
        <translation>Кінець ({outcome})</translation>
    </message>
    <message>
        <source>Ends the contact&apos;s run here; “goal reached” counts it as a success.</source>
        <translation>Тут шлях покупця закінчується; «мету досягнуто» вважається успіхом.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Подія</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Назва події</translation>
    </message>
    <message>
        <source>Event number</source>
        <translation>Номер події</translation>
    </message>
    <message>
        <source>Event property</source>
        <translation>Властивість події</translation>
    </message>
    <message>
        <source>Event property (property=value)</source>
        <translation>Властивість події (властивість=значення)</translation>
    </message>
    <message>
        <source>Event received</source>
        <translation>Надійшла подія</translation>
    </message>
    <message>
        <source>Event “{event}”</source>
        <translation>Подія «{event}»</translation>
    </message>
    <message>
        <source>Every day at a time, works out each customer&apos;s RFM segment (Champions, Loyal, Potential loyalist, New, At risk, Can&apos;t lose them, Hibernating, Lost) from their recency, frequency and monetary scores, and starts for every customer whose segment tag is missing or out of date (on the first day, everyone who has purchased). The flow sees the new segment as {{ event.segment }}.</source>
        <translation>Щодня у вказаний час визначає RFM-сегмент кожного покупця (Champions, Loyal, Potential loyalist, New, At risk, Can&apos;t lose them, Hibernating, Lost) за давністю, частотою та сумою покупок і запускається для кожного, у кого мітки сегмента немає або вона застаріла (першого дня — для всіх, хто щось купував). Новий сегмент доступний як {{ event.segment }}.</translation>
    </message>
    <message>
        <source>Every event</source>
        <translation>Кожна подія</translation>
    </message>
    <message>
        <source>Every order</source>
        <translation>Кожне замовлення</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Field name</source>
        <translation>Назва поля</translation>
    </message>
    <message>
        <source>Fixed amount off</source>
        <translation>Знижка на суму</translation>
    </message>
    <message>
        <source>Free shipping</source>
        <translation>Безкоштовна доставка</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>П’ятниця</translation>
    </message>
    <message>
        <source>Friend&apos;s discount</source>
        <translation>Знижка для друга</translation>
    </message>
    <message>
        <source>Give cashback coupon</source>
        <translation>Видати купон-кешбек</translation>
    </message>
    <message>
        <source>Give referral code</source>
        <translation>Видати код для друзів</translation>
    </message>
    <message>
        <source>Give up after</source>
        <translation>Припинити чекати через</translation>
    </message>
    <message>
        <source>Gives back a share of the triggering order&apos;s total as a single-use coupon for a fixed amount off the next order; later emails show it as {{ coupon.code }} and {{ coupon.value }}.</source>
        <translation>Повертає частку суми замовлення як одноразовий купон на фіксовану знижку на наступне замовлення; наступні листи показують його як {{ coupon.code }} і {{ coupon.value }}.</translation>
    </message>
    <message>
        <source>Gives the contact a personal referral code for friends (the same code every time) and creates it in the store as a reusable discount; later emails show it as {{ referral.code }}. An order that uses it starts “Referral code used” for the contact.</source>
        <translation>Дає покупцю особистий реферальний код для друзів (щоразу той самий) і створює його в магазині як багаторазову знижку; наступні листи показують його як {{ referral.code }}. Замовлення з цим кодом запускає для покупця тригер «Друг використав код».</translation>
    </message>
    <message>
        <source>Goal reached</source>
        <translation>Мету досягнуто</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Скільки</translation>
    </message>
    <message>
        <source>If contact…</source>
        <translation>Якщо покупець…</translation>
    </message>
    <message>
        <source>If event repeated…</source>
        <translation>Якщо повтор події…</translation>
    </message>
    <message>
        <source>If the order…</source>
        <translation>Якщо замовлення…</translation>
    </message>
    <message>
        <source>If {rules}</source>
        <translation>Якщо {rules}</translation>
    </message>
    <message>
        <source>In the shop&apos;s time zone.</source>
        <translation>У часовому поясі магазину.</translation>
    </message>
    <message>
        <source>Inactive for N days</source>
        <translation>Неактивний N днів</translation>
    </message>
    <message>
        <source>Issue coupon</source>
        <translation>Видати купон</translation>
    </message>
    <message>
        <source>Kind of email</source>
        <translation>Вид листа</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Leave empty for any total.</source>
        <translation>Залиште порожнім для будь-якої суми.</translation>
    </message>
    <message>
        <source>Leave out what the contact already bought</source>
        <translation>Не пропонувати те, що покупець уже купив</translation>
    </message>
    <message>
        <source>Loyalty points</source>
        <translation>Бонусні бали</translation>
    </message>
    <message>
        <source>Marketing (needs consent)</source>
        <translation>Маркетинговий (потрібна згода)</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Потрібно</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Що рахувати</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>Minimum order total</source>
        <translation>Мінімальна сума замовлення</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Понеділок</translation>
    </message>
    <message>
        <source>Moves up to: {tiers}</source>
        <translation>Переходить на: {tiers}</translation>
    </message>
    <message>
        <source>Multiplies the amount by the order total (1 point per hryvnia).</source>
        <translation>Множить кількість на суму замовлення (1 бал за гривню).</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Новий покупець</translation>
    </message>
    <message>
        <source>Notify me / create task</source>
        <translation>Сповістити мене</translation>
    </message>
    <message>
        <source>Notify: {message}</source>
        <translation>Сповістити: {message}</translation>
    </message>
    <message>
        <source>Number of orders</source>
        <translation>Кількість замовлень</translation>
    </message>
    <message>
        <source>Only events with the same value as the triggering event count; leave empty to count every event of that name.</source>
        <translation>Рахуються лише події з тим самим значенням, що й подія-тригер; залиште порожнім, щоб рахувати всі події з цією назвою.</translation>
    </message>
    <message>
        <source>Only for contacts who accept email marketing</source>
        <translation>Лише покупцям, які погодилися на розсилки</translation>
    </message>
    <message>
        <source>Only if the field is empty</source>
        <translation>Лише якщо поле порожнє</translation>
    </message>
    <message>
        <source>Only into these tiers</source>
        <translation>Лише на ці рівні</translation>
    </message>
    <message>
        <source>Only on</source>
        <translation>Лише в дні</translation>
    </message>
    <message>
        <source>Only the Nth event within a period</source>
        <translation>Лише N-та подія за період</translation>
    </message>
    <message>
        <source>Only the Nth order</source>
        <translation>Лише N-те замовлення</translation>
    </message>
    <message>
        <source>Only the first order</source>
        <translation>Лише перше замовлення</translation>
    </message>
    <message>
        <source>Only when property</source>
        <translation>Лише коли властивість</translation>
    </message>
    <message>
        <source>Only with products from these collections</source>
        <translation>Лише з товарами з цих колекцій</translation>
    </message>
    <message>
        <source>Only with these products</source>
        <translation>Лише з цими товарами</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Дія</translation>
    </message>
    <message>
        <source>Optional: a property name the event must carry...</source>
        <translation>Необов’язково: назва властивості, яку має містити подія...</translation>
    </message>
    <message>
        <source>Optional: a property name, such as product. Then each product is counted on its own, and an event without that property starts nothing.</source>
        <translation>Необов’язково: назва властивості, наприклад product. Тоді кожен товар рахується окремо, а подія без цієї властивості нічого не запускає.</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Номер замовлення</translation>
    </message>
    <message>
        <source>Order placed</source>
        <translation>Нове замовлення</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>Сума замовлення</translation>
    </message>
    <message>
        <source>Orders whose cashback is less than this get no coupon.</source>
        <translation>Замовлення, кешбек за якими менший, купона не отримують.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>POST</source>
        <translation>POST</translation>
    </message>
    <message>
        <source>PUT</source>
        <translation>PUT</translation>
    </message>
    <message>
        <source>Per currency unit of the order</source>
        <translation>За одиницю валюти замовлення</translation>
    </message>
    <message>
        <source>Percentage off</source>
        <translation>Знижка у відсотках</translation>
    </message>
    <message>
        <source>Pick products</source>
        <translation>Підібрати товари</translation>
    </message>
    <message>
        <source>Pick {limit} products ({source})</source>
        <translation>Підібрати {limit} товарів ({source})</translation>
    </message>
    <message>
        <source>Points about to expire</source>
        <translation>Бали скоро згорять</translation>
    </message>
    <message>
        <source>Points expire after (days)</source>
        <translation>Бали згорають через (днів)</translation>
    </message>
    <message>
        <source>Points or score reached</source>
        <translation>Бали досягли порогу</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Товари</translation>
    </message>
    <message>
        <source>Products in the order</source>
        <translation>Товари в замовленні</translation>
    </message>
    <message>
        <source>RFM frequency (1–5)</source>
        <translation>RFM: частота (1–5)</translation>
    </message>
    <message>
        <source>RFM monetary (1–5)</source>
        <translation>RFM: сума (1–5)</translation>
    </message>
    <message>
        <source>RFM recency (1–5)</source>
        <translation>RFM: давність (1–5)</translation>
    </message>
    <message>
        <source>RFM segment changed</source>
        <translation>Змінився RFM-сегмент</translation>
    </message>
    <message>
        <source>RFM segment daily at {time_of_day}</source>
        <translation>RFM-сегмент щодня о {time_of_day}</translation>
    </message>
    <message>
        <source>Random split (A/B)</source>
        <translation>A/B-тест</translation>
    </message>
    <message>
        <source>Record the check in field</source>
        <translation>Записати перевірку в поле</translation>
    </message>
    <message>
        <source> and </source>
        <translation> і </translation>
    </message>
    <message>
        <source> or </source>
        <translation> або </translation>
    </message>
    <message>
        <source>Coupon {value} % off</source>
        <translation>Купон −{value} %</translation>
    </message>
    <message>
        <source>Coupon {value} off</source>
        <translation>Купон −{value}</translation>
    </message>
    <message>
        <source>Coupon: free shipping</source>
        <translation>Купон: безкоштовна доставка</translation>
    </message>
    <message>
        <source>First order only</source>
        <translation>Лише перше замовлення</translation>
    </message>
    <message>
        <source>Order number {nth}</source>
        <translation>Замовлення № {nth}</translation>
    </message>
    <message>
        <source>Referral code used</source>
        <translation>Друг використав код</translation>
    </message>
    <message>
        <source>Referral code: free shipping for friends</source>
        <translation>Реферальний код: безкоштовна доставка для друзів</translation>
    </message>
    <message>
        <source>Referral code: friends get {value} % off</source>
        <translation>Реферальний код: друзям −{value} %</translation>
    </message>
    <message>
        <source>Referral code: friends get {value} off</source>
        <translation>Реферальний код: друзям −{value}</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Прибрати мітку</translation>
    </message>
    <message>
        <source>Removes a tag from the contact. End the tag with * to remove a family of tags, e.g. segment:*.</source>
        <translation>Прибирає мітку в покупця. Закінчіть мітку на *, щоб прибрати цілу групу міток, напр. segment:*.</translation>
    </message>
    <message>
        <source>Reset points to 0</source>
        <translation>Обнулити бали</translation>
    </message>
    <message>
        <source>Reset score “{score}” to 0</source>
        <translation>Обнулити оцінку «{score}»</translation>
    </message>
    <message>
        <source>Reset to 0</source>
        <translation>Обнулити</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Правила</translation>
    </message>
    <message>
        <source>SKUs or product titles; empty means any product.</source>
        <translation>Артикули або назви товарів; порожньо — будь-який товар.</translation>
    </message>
    <message>
        <source>Same value of property</source>
        <translation>Те саме значення властивості</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Субота</translation>
    </message>
    <message>
        <source>Score name</source>
        <translation>Назва оцінки</translation>
    </message>
    <message>
        <source>Score “{score}”: {operation} {amount}</source>
        <translation>Оцінка «{score}»: {operation} {amount}</translation>
    </message>
    <message>
        <source>Segment tags start with</source>
        <translation>Мітки сегментів починаються з</translation>
    </message>
    <message>
        <source>Send email</source>
        <translation>Надіслати лист</translation>
    </message>
    <message>
        <source>Sends an email written with the template editor. Marketing emails only go to contacts who accept email marketing and always carry an unsubscribe link; transactional ones (an order question, a receipt) go to everyone.</source>
        <translation>Надсилає лист, створений у редакторі шаблонів. Маркетингові листи отримують лише покупці, які погодилися на розсилки, і в них завжди є посилання для відписки; службові (запитання щодо замовлення, чек) надходять усім.</translation>
    </message>
    <message>
        <source>Sends each contact down one branch at random, in the given percentages, to compare two offers or wordings.</source>
        <translation>Відправляє кожного покупця випадковою гілкою у вказаних відсотках, щоб порівняти дві пропозиції чи два формулювання.</translation>
    </message>
    <message>
        <source>Sends the contact&apos;s details to another service as JSON.</source>
        <translation>Надсилає дані покупця в інший сервіс у форматі JSON.</translation>
    </message>
    <message>
        <source>Set field</source>
        <translation>Заповнити поле</translation>
    </message>
    <message>
        <source>Set {field}</source>
        <translation>Заповнити {field}</translation>
    </message>
    <message>
        <source>Single use</source>
        <translation>Одноразовий</translation>
    </message>
    <message>
        <source>Smallest coupon worth giving</source>
        <translation>Найменший купон, який варто видавати</translation>
    </message>
    <message>
        <source>Split {branches}</source>
        <translation>Поділ {branches}</translation>
    </message>
    <message>
        <source>Starts a number of days before some of a contact&apos;s loyalty points expire (points earned with an expiry, oldest spent first). Emails can show the points as {{ event.points }}, the day as {{ event.expires_on }} and the balance as {{ contact.points }}.</source>
        <translation>Запускається за кілька днів до того, як частина бонусних балів покупця згорить (бали з терміном дії, першими витрачаються найстаріші). Листи можуть показати бали як {{ event.points }}, дату як {{ event.expires_on }}, а баланс як {{ contact.points }}.</translation>
    </message>
    <message>
        <source>Starts every year on a contact&apos;s date, such as their birthday or the anniversary of their first purchase, at a time of day. A birthday on 29 February is celebrated on 28 February in other years.</source>
        <translation>Запускається щороку в дату покупця, наприклад у день народження чи річницю першої покупки, у вказаний час. Хто народився 29 лютого, того в інші роки вітаємо 28 лютого.</translation>
    </message>
    <message>
        <source>Starts for the referrer when someone else&apos;s order (not cancelled or voided) uses the referrer&apos;s personal referral code. Emails can name the friend as {{ event.friend_first_name }}.</source>
        <translation>Запускається для того, хто запросив, коли чуже замовлення (не скасоване й не анульоване) використовує його особистий реферальний код. Листи можуть назвати друга як {{ event.friend_first_name }}.</translation>
    </message>
    <message>
        <source>Starts on exactly this order: 5 means the contact&apos;s fifth purchase.</source>
        <translation>Запускається саме на цьому замовленні: 5 — п’ята покупка покупця.</translation>
    </message>
    <message>
        <source>Starts on the day a customer reaches N days since their last purchase. Customers who were already past N days when the flow was switched on only enter if the flow&apos;s “also enrol those who already qualify” option is on.</source>
        <translation>Запускається в день, коли від останньої покупки покупця минає N днів. Покупці, у яких N днів минуло ще до ввімкнення сценарію, потрапляють у нього, лише якщо ввімкнено опцію сценарію «також додати тих, хто вже підходить».</translation>
    </message>
    <message>
        <source>Starts on the event that makes this many within the period: 3 means the third. The events after it start nothing until a whole period has passed with no event reaching this number; then the next one that reaches it starts the flow again.</source>
        <translation>Запускається на події, яка стає цією за рахунком у межах періоду: 3 — третя. Наступні події нічого не запускають, доки не мине цілий період без події з таким номером; тоді наступна така подія знову запускає сценарій.</translation>
    </message>
    <message>
        <source>Starts when a contact places an order (cancelled and voided orders never count). Optionally only their first order or their Nth order, only orders with certain products or collections, or above a minimum total.</source>
        <translation>Запускається, коли покупець оформлює замовлення (скасовані й анульовані не враховуються). За бажанням — лише на перше чи N-те замовлення, лише із певними товарами чи колекціями або від мінімальної суми.</translation>
    </message>
    <message>
        <source>Starts when a contact&apos;s points balance or a named score rises to a threshold (it fires on the crossing, not while it stays above).</source>
        <translation>Запускається, коли баланс балів покупця або іменована оцінка досягає порогу (спрацьовує в момент перетину, а не весь час, поки вище).</translation>
    </message>
    <message>
        <source>Starts when a contact&apos;s points move them up into a higher loyalty tier (the tiers and their points are set in the shop settings, e.g. Bronze 0, Silver 500, Gold 1500). Conditions and emails can use the new tier as {{ contact.tier }}.</source>
        <translation>Запускається, коли бали переводять покупця на вищий рівень лояльності (рівні й бали для них задаються в налаштуваннях магазину, напр. Бронза 0, Срібло 500, Золото 1500). Умови й листи можуть використовувати новий рівень як {{ contact.tier }}.</translation>
    </message>
    <message>
        <source>Starts when a new customer account or contact is created in the shop.</source>
        <translation>Запускається, коли в магазині створюється новий обліковий запис покупця чи контакт.</translation>
    </message>
    <message>
        <source>Starts when a tag is added to a contact. End the tag with * to match a family of tags, e.g. interested:*.</source>
        <translation>Запускається, коли покупцю додають мітку. Закінчіть мітку на *, щоб охопити цілу групу міток, напр. interested:*.</translation>
    </message>
    <message>
        <source>Starts when an event arrives for a contact: product_viewed, form_submitted, nps_submitted, complaint, or any name your shop sends. Optionally only on the Nth such event within a period, such as the third view of the same product within 14 days.</source>
        <translation>Запускається, коли для покупця надходить подія: product_viewed, form_submitted, nps_submitted, complaint або будь-яка інша, яку надсилає ваш магазин. За бажанням — лише на N-ту таку подію за період, наприклад на третій перегляд того самого товару за 14 днів.</translation>
    </message>
    <message>
        <source>Stops all marketing email to this contact and records when.</source>
        <translation>Зупиняє всі розсилки цьому покупцю й записує, коли саме.</translation>
    </message>
    <message>
        <source>Stores a value in one of the contact&apos;s fields. The value may use template placeholders such as {{ order.created_at.date() }}.</source>
        <translation>Записує значення в одне з полів покупця. У значенні можна використати змінні шаблону, як-от {{ order.created_at.date() }}.</translation>
    </message>
    <message>
        <source>Subtract</source>
        <translation>Зняти</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Неділя</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Мітка</translation>
    </message>
    <message>
        <source>Tag added</source>
        <translation>Додано мітку</translation>
    </message>
    <message>
        <source>Tag “{tag}”</source>
        <translation>Мітка «{tag}»</translation>
    </message>
    <message>
        <source>Tag “{tag}” added</source>
        <translation>Додано мітку «{tag}»</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Мітки</translation>
    </message>
    <message>
        <source>Tells the shop owner about this contact, and optionally adds a task to the to-do list.</source>
        <translation>Повідомляє власника магазину про цього покупця і, за бажанням, додає завдання до списку справ.</translation>
    </message>
    <message>
        <source>The collection whose best sellers are shown.</source>
        <translation>Колекція, хіти продажу якої показуються.</translation>
    </message>
    <message>
        <source>The contact&apos;s most bought products</source>
        <translation>Товари, які покупець купує найчастіше</translation>
    </message>
    <message>
        <source>The product named in the event</source>
        <translation>Товар, названий у події</translation>
    </message>
    <message>
        <source>The product named in the tag (interested:&lt;product&gt;)</source>
        <translation>Товар, названий у мітці (interested:&lt;товар&gt;)</translation>
    </message>
    <message>
        <source>The property of the event that holds the product&apos;s SKU, handle or title.</source>
        <translation>Властивість події, у якій артикул, адреса чи назва товару.</translation>
    </message>
    <message>
        <source>The tag group that holds the segment, e.g. rfm:Champions.</source>
        <translation>Група міток, у якій зберігається сегмент, напр. rfm:Champions.</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Поріг</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Четвер</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Рівень</translation>
    </message>
    <message>
        <source>Tier names from the shop settings, e.g. Gold; empty means every move up.</source>
        <translation>Назви рівнів із налаштувань магазину, напр. Золото; порожньо — будь-який перехід вище.</translation>
    </message>
    <message>
        <source>Tier reached</source>
        <translation>Досягнуто рівня</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Час доби</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>Сума покупок</translation>
    </message>
    <message>
        <source>Transactional</source>
        <translation>Службовий</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Вівторок</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Відписати</translation>
    </message>
    <message>
        <source>Unsubscribe from marketing</source>
        <translation>Зняти з розсилки</translation>
    </message>
    <message>
        <source>Untag “{tag}”</source>
        <translation>Прибрати мітку «{tag}»</translation>
    </message>
    <message>
        <source>Until {event}, at most {timeout}</source>
        <translation>До {event}, щонайбільше {timeout}</translation>
    </message>
    <message>
        <source>Until {time_of_day}</source>
        <translation>До {time_of_day}</translation>
    </message>
    <message>
        <source>Valid for (days)</source>
        <translation>Дійсний (днів)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Зачекати</translation>
    </message>
    <message>
        <source>Wait for</source>
        <translation>Скільки чекати</translation>
    </message>
    <message>
        <source>Wait for an event</source>
        <translation>Чекати на подію</translation>
    </message>
    <message>
        <source>Wait until a time</source>
        <translation>Чекати до часу</translation>
    </message>
    <message>
        <source>Wait {duration}</source>
        <translation>Зачекати {duration}</translation>
    </message>
    <message>
        <source>Waits for a fixed time before the next step.</source>
        <translation>Чекає заданий час перед наступним кроком.</translation>
    </message>
    <message>
        <source>Waits until the contact does something (places an order, submits a form) or until the time runs out, and continues on the matching exit.</source>
        <translation>Чекає, доки покупець щось зробить (оформить замовлення, заповнить форму) або доки мине час, і йде далі відповідним виходом.</translation>
    </message>
    <message>
        <source>Waits until the next time of day in the shop&apos;s time zone, optionally only on certain weekdays (for example: the next weekday at 10:00).</source>
        <translation>Чекає до наступного вказаного часу в часовому поясі магазину, за бажанням — лише в певні дні тижня (наприклад, найближчий будній день о 10:00).</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Середа</translation>
    </message>
    <message>
        <source>Weekdays (mon … sun); empty means any day.</source>
        <translation>Дні тижня (mon … sun); порожньо — будь-який день.</translation>
    </message>
    <message>
        <source>Which events</source>
        <translation>Які події</translation>
    </message>
    <message>
        <source>Which orders</source>
        <translation>Які замовлення</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>За період</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>містить</translation>
    </message>
    <message>
        <source>day</source>
        <translation>дн.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>дн.</translation>
    </message>
    <message>
        <source>equals</source>
        <translation>дорівнює</translation>
    </message>
    <message>
        <source>form_submitted</source>
        <translation>form_submitted</translation>
    </message>
    <message>
        <source>has all of</source>
        <translation>має всі з</translation>
    </message>
    <message>
        <source>has any of</source>
        <translation>має будь-яке з</translation>
    </message>
    <message>
        <source>has none of</source>
        <translation>не має жодного з</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>год</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>год</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>is</source>
        <translation>дорівнює</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>не менше ніж</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>не більше ніж</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>порожнє</translation>
    </message>
    <message>
        <source>is filled in</source>
        <translation>заповнене</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>менше ніж</translation>
    </message>
    <message>
        <source>is more than</source>
        <translation>більше ніж</translation>
    </message>
    <message>
        <source>is no</source>
        <translation>ні</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>не дорівнює</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>не порожнє</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>одне з</translation>
    </message>
    <message>
        <source>is yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>хв</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>хв</translation>
    </message>
    <message>
        <source>order_placed, or the name of a custom event.</source>
        <translation>order_placed або назва вашої події.</translation>
    </message>
    <message>
        <source>product</source>
        <translation>product</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>починається з</translation>
    </message>
    <message>
        <source>vip</source>
        <translation>vip</translation>
    </message>
    <message>
        <source>week</source>
        <translation>тижд.</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>тижд.</translation>
    </message>
    <message>
        <source>{date} at {time_of_day}</source>
        <translation>{date} о {time_of_day}</translation>
    </message>
    <message>
        <source>{days_before} days before points expire</source>
        <translation>За {days_before} дн. до згоряння балів</translation>
    </message>
    <message>
        <source>{days} days without an order</source>
        <translation>{days} дн. без замовлень</translation>
    </message>
    <message>
        <source>{event} {times}× within {within}</source>
        <translation>{event} {times}× за {within}</translation>
    </message>
    <message>
        <source>{measure}: {threshold} or more</source>
        <translation>{measure}: {threshold} або більше</translation>
    </message>
    <message>
        <source>{operation} {amount} points</source>
        <translation>{operation} {amount} балів</translation>
    </message>
    <message>
        <source>“{event}” {times} times within {within}</source>
        <translation>«{event}» {times}× за {within}</translation>
    </message>
    <message>
        <source>{method} {url}</source>
        <translation>{method} {url}</translation>
    </message>
</context>
<context>
    <name>NodeFamily</name>
    <message>
        <source>Action</source>
        <translation>Дія</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Дії</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Умова</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Умови</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Тригер</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Тригери</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Очікування</translation>
    </message>
    <message>
        <source>Waits</source>
        <translation>Очікування</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <source>No step matches “{0}”.</source>
        <translation>Жоден крок не відповідає «{0}».</translation>
    </message>
    <message>
        <source>Search steps</source>
        <translation>Пошук кроків</translation>
    </message>
</context>
<context>
    <name>ParamEditors</name>
    <message>
        <source>No date</source>
        <translation>Без дати</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Не задано</translation>
    </message>
    <message>
        <source>days</source>
        <translation>дн.</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>год</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>хв</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>тижд.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Flow</source>
        <translation>Сценарій</translation>
    </message>
    <message>
        <source>No problems: this flow is ready.</source>
        <translation>Проблем немає: сценарій готовий.</translation>
    </message>
    <message>
        <source>Open or start a flow to have it checked here.</source>
        <translation>Відкрийте або створіть сценарій, щоб перевірити його тут.</translation>
    </message>
</context>
<context>
    <name>PropertyForm</name>
    <message>
        <source>Please fill this in.</source>
        <translation>Будь ласка, заповніть це поле.</translation>
    </message>
</context>
<context>
    <name>PropertyPanel</name>
    <message>
        <source>Flow settings…</source>
        <translation>Налаштування сценарію…</translation>
    </message>
    <message>
        <source>Select a step to see its settings</source>
        <translation>Виберіть крок, щоб побачити його налаштування</translation>
    </message>
    <message>
        <source>Step name</source>
        <translation>Назва кроку</translation>
    </message>
    <message>
        <source>Who can enter this flow, its goals, and what happens when you switch it on</source>
        <translation>Хто може увійти в сценарій, його цілі і що станеться, коли ви його ввімкнете</translation>
    </message>
</context>
<context>
    <name>RecipeGallery</name>
    <message>
        <source>Action</source>
        <translation>Дія</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Усі категорії</translation>
    </message>
    <message>
        <source>Close the recipes and go back</source>
        <translation>Закрити рецепти й повернутися</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Умова</translation>
    </message>
    <message>
        <source>Picture of the flow</source>
        <translation>Схема сценарію</translation>
    </message>
    <message>
        <source>Ready-made automations you can use as they are or change to suit your shop.</source>
        <translation>Готові автоматизації: використовуйте як є або змініть під свій магазин.</translation>
    </message>
    <message>
        <source>Recipes</source>
        <translation>Рецепти</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показати:</translation>
    </message>
    <message>
        <source>Start from a recipe</source>
        <translation>Почати з рецепта</translation>
    </message>
    <message>
        <source>There are no recipes in {folder}.</source>
        <translation>У теці {folder} немає рецептів.</translation>
    </message>
    <message>
        <source>This recipe cannot be opened:</source>
        <translation>Цей рецепт не вдається відкрити:</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Тригер</translation>
    </message>
    <message>
        <source>Use this recipe</source>
        <translation>Використати цей рецепт</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Очікування</translation>
    </message>
</context>
<context>
    <name>RulesEditor</name>
    <message>
        <source>A contact field…</source>
        <translation>Поле покупця…</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>A score…</source>
        <translation>Оцінка…</translation>
    </message>
    <message>
        <source>A value of the event…</source>
        <translation>Значення події…</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Додати правило</translation>
    </message>
    <message>
        <source>Goes on “yes” when &lt;b&gt;all&lt;/b&gt; of these rules are true:</source>
        <translation>Йде на «так», коли виконуються &lt;b&gt;усі&lt;/b&gt; правила:</translation>
    </message>
    <message>
        <source>Goes on “yes” when &lt;b&gt;any&lt;/b&gt; of these rules is true (one is enough):</source>
        <translation>Йде на «так», коли виконується &lt;b&gt;будь-яке&lt;/b&gt; з правил (достатньо одного):</translation>
    </message>
    <message>
        <source>Goes on “yes” when this rule is true:</source>
        <translation>Йде на «так», коли виконується це правило:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Назви через кому</translation>
    </message>
    <message>
        <source>Remove this rule</source>
        <translation>Видалити це правило</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <source>and</source>
        <translation>і</translation>
    </message>
    <message>
        <source>or</source>
        <translation>або</translation>
    </message>
</context>
<context>
    <name>ShopSettings</name>
    <message>
        <source>A currency is a three-letter code such as UAH or EUR.</source>
        <translation>Валюта — це трилітерний код, наприклад UAH чи EUR.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Reply and unsubscribe address</source>
        <translation>Адреса для відповідей і відписок</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Назва магазину</translation>
    </message>
    <message>
        <source>Shop settings</source>
        <translation>Налаштування магазину</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовий пояс</translation>
    </message>
    <message>
        <source>“{0}” is not a time zone; pick one from the list, e.g. Europe/Kyiv.</source>
        <translation>«{0}» — це не часовий пояс; виберіть зі списку, напр. Europe/Kyiv.</translation>
    </message>
</context>
<context>
    <name>Studio</name>
    <message>
        <source>Boomerang</source>
        <translation>Boomerang</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Щось пішло не так: {error}</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>(no subject)</source>
        <translation>(без теми)</translation>
    </message>
    <message>
        <source>Advanced: HTML</source>
        <translation>HTML-код</translation>
    </message>
    <message>
        <source>B</source>
        <translation>Ж</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Жирний</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Маркований список</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>Кнопка</translation>
    </message>
    <message>
        <source>Button link</source>
        <translation>Посилання-кнопка</translation>
    </message>
    <message>
        <source>Button link…</source>
        <translation>Посилання-кнопка…</translation>
    </message>
    <message>
        <source>Coupon code</source>
        <translation>Код купона</translation>
    </message>
    <message>
        <source>Coupon expiry date</source>
        <translation>Купон дійсний до</translation>
    </message>
    <message>
        <source>Coupon value</source>
        <translation>Розмір знижки</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Адреса ел. пошти</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>H</source>
        <translation>Заг</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>I</source>
        <translation>К</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Вставити</translation>
    </message>
    <message>
        <source>Insert a personal detail at the cursor</source>
        <translation>Вставити персональні дані в місце курсора</translation>
    </message>
    <message>
        <source>Insert a personal detail: the first name, the coupon code, the unsubscribe link…</source>
        <translation>Вставити персональні дані: ім’я, код купона, посилання для відписки…</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Курсив</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Посилання</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Посилання…</translation>
    </message>
    <message>
        <source>Loyalty points</source>
        <translation>Бонусні бали</translation>
    </message>
    <message>
        <source>Mail programs that do not show formatting use the plain text. It is made from the email unless you write it.</source>
        <translation>Поштові програми, які не показують форматування, беруть простий текст. Він створюється з листа, якщо ви не напишете його самі.</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Номер замовлення</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>Сума замовлення</translation>
    </message>
    <message>
        <source>Picked product</source>
        <translation>Підібраний товар</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Preview for a sample contact</source>
        <translation>Попередній перегляд для зразкового покупця</translation>
    </message>
    <message>
        <source>Referral code</source>
        <translation>Реферальний код</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Назва магазину</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>The email text</source>
        <translation>Текст листа</translation>
    </message>
    <message>
        <source>The email&apos;s HTML source, for those who know HTML. Personal details are {{ … }} tags.</source>
        <translation>HTML-код листа — для тих, хто знає HTML. Персональні дані — це теги {{ … }}.</translation>
    </message>
    <message>
        <source>The plain-text version</source>
        <translation>Текстова версія</translation>
    </message>
    <message>
        <source>The subject line</source>
        <translation>Тема листа</translation>
    </message>
    <message>
        <source>This email uses layout the visual editor cannot show exactly. Editing it here simplifies it; the Advanced: HTML tab keeps it as it is.</source>
        <translation>У цьому листі є верстка, яку візуальний редактор не може точно показати. Редагування тут її спростить; на вкладці «HTML-код» вона залишиться як є.</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Рівень</translation>
    </message>
    <message>
        <source>Unsubscribe link</source>
        <translation>Посилання для відписки</translation>
    </message>
    <message>
        <source>Visit the shop</source>
        <translation>Перейти до магазину</translation>
    </message>
    <message>
        <source>Web address the button leads to:</source>
        <translation>Вебадреса, на яку веде кнопка:</translation>
    </message>
    <message>
        <source>Web address the selected words lead to (leave empty to remove the link):</source>
        <translation>Вебадреса, на яку ведуть виділені слова (залиште порожнім, щоб прибрати посилання):</translation>
    </message>
    <message>
        <source>Write the plain-text version myself</source>
        <translation>Написати текстову версію самостійно</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>Ваш магазин</translation>
    </message>
    <message>
        <source>{0} cannot be read: {1}</source>
        <translation>{0}: не вдається прочитати: {1}</translation>
    </message>
    <message>
        <source>{0} has a mistake on line {1}: {2}</source>
        <translation>{0}: помилка в рядку {1}: {2}</translation>
    </message>
    <message>
        <source>{0}, or “{1}”</source>
        <translation>{0} або «{1}»</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&lt;b&gt;Demo data is loaded&lt;/b&gt;: {customers} made-up customers and {orders} orders. Try a recipe on them, and remove them before you bring in your own shop.</source>
        <translation>&lt;b&gt;Демодані завантажено&lt;/b&gt;: вигаданих покупців — {customers}, замовлень — {orders}. Випробуйте на них рецепт, а перед імпортом свого магазину видаліть їх.</translation>
    </message>
    <message>
        <source>Bring in the customer and order CSV files exported from Shopify.</source>
        <translation>Завантажте CSV-файли з покупцями та замовленнями, експортовані з Shopify.</translation>
    </message>
    <message>
        <source>Bring your customers back with small automations that you draw yourself and try on your own order history first. How would you like to start?</source>
        <translation>Повертайте покупців невеликими автоматизаціями: ви малюєте їх самі й спершу випробовуєте на власній історії замовлень. З чого почнемо?</translation>
    </message>
    <message numerus="yes">
        <source>Building a demo shop with %n customers…</source>
        <translation>
            <numerusform>Створюємо демомагазин із %n покупцем…</numerusform>
            <numerusform>Створюємо демомагазин із %n покупцями…</numerusform>
            <numerusform>Створюємо демомагазин із %n покупцями…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Explore %n made-up customers and their orders; remove them in one click.</source>
        <translation>
            <numerusform>Перегляньте %n вигаданого покупця та його замовлення; видалити їх можна одним клацанням.</numerusform>
            <numerusform>Перегляньте %n вигаданих покупців та їхні замовлення; видалити їх можна одним клацанням.</numerusform>
            <numerusform>Перегляньте %n вигаданих покупців та їхні замовлення; видалити їх можна одним клацанням.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import my shop&apos;s exports</source>
        <translation>Імпортувати дані мого магазину</translation>
    </message>
    <message>
        <source>Opening your workspace…</source>
        <translation>Відкриваємо вашу робочу базу…</translation>
    </message>
    <message>
        <source>Pick a ready-made automation, like a thank-you coupon or a win-back.</source>
        <translation>Виберіть готову автоматизацію, наприклад купон-подяку чи повернення давніх покупців.</translation>
    </message>
    <message>
        <source>Remove demo data</source>
        <translation>Видалити демодані</translation>
    </message>
    <message>
        <source>Removing the demo data…</source>
        <translation>Видаляємо демодані…</translation>
    </message>
    <message>
        <source>Start from a recipe</source>
        <translation>Почати з рецепта</translation>
    </message>
    <message>
        <source>Try a demo shop</source>
        <translation>Спробувати демомагазин</translation>
    </message>
    <message>
        <source>Welcome to Boomerang</source>
        <translation>Вітаємо в Boomerang</translation>
    </message>
</context>
</TS>
