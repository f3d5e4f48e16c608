<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bg">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Backtest…</source>
        <translation>&amp;Тест върху историята…</translation>
    </message>
    <message>
        <source>&amp;Check flow</source>
        <translation>&amp;Проверка на сценария</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копирай</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Изтрий</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Редактиране</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>&amp;Побери в прозореца</translation>
    </message>
    <message>
        <source>&amp;Import store data…</source>
        <translation>&amp;Импорт на данни от магазина…</translation>
    </message>
    <message>
        <source>&amp;New flow</source>
        <translation>&amp;Нов сценарий</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Отвори…</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Постави</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Па&amp;уза</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Из&amp;ход</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Пов&amp;тори</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Запази</translation>
    </message>
    <message>
        <source>&amp;Tidy up (auto-layout)</source>
        <translation>Подре&amp;ди (автоматично)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отмени</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>И&amp;зглед</translation>
    </message>
    <message>
        <source>Actual &amp;size</source>
        <translation>&amp;Реален размер</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Изре&amp;жи</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Дублирай</translation>
    </message>
    <message>
        <source>F&amp;low</source>
        <translation>&amp;Сценарий</translation>
    </message>
    <message>
        <source>Flow &amp;settings…</source>
        <translation>&amp;Настройки на сценария…</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основна</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Последни</translation>
    </message>
    <message>
        <source>Running flows for real comes in the next version of Boomerang. Until then, backtest a flow to see what it would have done.</source>
        <translation>Истинското пускане на сценарии идва в следващата версия на Boomerang. Дотогава тествайте сценария върху историята и вижте какво би направил.</translation>
    </message>
    <message>
        <source>S&amp;hop settings…</source>
        <translation>Настройки на &amp;магазина…</translation>
    </message>
    <message>
        <source>Save &amp;as file…</source>
        <translation>Запази &amp;като файл…</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Избери &amp;всичко</translation>
    </message>
    <message>
        <source>Start from a &amp;recipe…</source>
        <translation>Започни от &amp;рецепта…</translation>
    </message>
    <message>
        <source>Switch &amp;on</source>
        <translation>&amp;Включи</translation>
    </message>
    <message>
        <source>Who can enter this flow, the goals that end a run early, and what happens when you switch it on</source>
        <translation>Кой може да влезе в сценария, целите, които приключват пътя на клиента предсрочно, и какво става, когато го включите</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Увеличи</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Намали</translation>
    </message>
</context>
<context>
    <name>BacktestDialog</name>
    <message numerus="yes">
        <source>%Ln contact entered the flow at “{step}” during the backtest.</source>
        <translation>
            <numerusform>По време на теста %Ln клиент влезе в сценария при стъпка „{step}“.</numerusform>
            <numerusform>По време на теста %Ln клиенти влязоха в сценария при стъпка „{step}“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact reached “{step}” during the backtest.</source>
        <translation>
            <numerusform>По време на теста %Ln клиент стигна до „{step}“.</numerusform>
            <numerusform>По време на теста %Ln клиенти стигнаха до „{step}“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact reached “{step}” during the backtest:</source>
        <translation>
            <numerusform>По време на теста %Ln клиент стигна до „{step}“:</numerusform>
            <numerusform>По време на теста %Ln клиенти стигнаха до „{step}“:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts entered the flow at “{step}” during the backtest.</source>
        <translation>
            <numerusform>По време на теста %Ln клиент влезе в сценария при стъпка „{step}“.</numerusform>
            <numerusform>По време на теста %Ln клиенти влязоха в сценария при стъпка „{step}“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts reached “{step}” during the backtest.</source>
        <translation>
            <numerusform>По време на теста %Ln клиент стигна до „{step}“.</numerusform>
            <numerusform>По време на теста %Ln клиенти стигнаха до „{step}“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts reached “{step}” during the backtest:</source>
        <translation>
            <numerusform>По време на теста %Ln клиент стигна до „{step}“:</numerusform>
            <numerusform>По време на теста %Ln клиенти стигнаха до „{step}“:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln done</source>
        <translation>
            <numerusform>%Ln изпълнено</numerusform>
            <numerusform>%Ln изпълнени</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln issued</source>
        <translation>
            <numerusform>%Ln даден</numerusform>
            <numerusform>%Ln дадени</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sent</source>
        <translation>
            <numerusform>%Ln изпратен</numerusform>
            <numerusform>%Ln изпратени</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln пропуснат</numerusform>
            <numerusform>%Ln пропуснати</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tagged</source>
        <translation>
            <numerusform>%Ln с етикет</numerusform>
            <numerusform>%Ln с етикет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln untagged</source>
        <translation>
            <numerusform>%Ln без етикет</numerusform>
            <numerusform>%Ln без етикет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coupon issued</source>
        <translation>
            <numerusform>%n даден купон</numerusform>
            <numerusform>%n дадени купона</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coupons issued</source>
        <translation>
            <numerusform>%n даден купон</numerusform>
            <numerusform>%n дадени купона</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n email sent</source>
        <translation>
            <numerusform>%n изпратен имейл</numerusform>
            <numerusform>%n изпратени имейла</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n emails sent</source>
        <translation>
            <numerusform>%n изпратен имейл</numerusform>
            <numerusform>%n изпратени имейла</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field filled in</source>
        <translation>
            <numerusform>%n попълнено поле</numerusform>
            <numerusform>%n попълнени полета</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fields filled in</source>
        <translation>
            <numerusform>%n попълнено поле</numerusform>
            <numerusform>%n попълнени полета</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note to you</source>
        <translation>
            <numerusform>%n бележка за вас</numerusform>
            <numerusform>%n бележки за вас</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes to you</source>
        <translation>
            <numerusform>%n бележка за вас</numerusform>
            <numerusform>%n бележки за вас</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points change</source>
        <translation>
            <numerusform>%n промяна на точките</numerusform>
            <numerusform>%n промени на точките</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points changes</source>
        <translation>
            <numerusform>%n промяна на точките</numerusform>
            <numerusform>%n промени на точките</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step skipped</source>
        <translation>
            <numerusform>%n пропусната стъпка</numerusform>
            <numerusform>%n пропуснати стъпки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps skipped</source>
        <translation>
            <numerusform>%n пропусната стъпка</numerusform>
            <numerusform>%n пропуснати стъпки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag added</source>
        <translation>
            <numerusform>%n добавен етикет</numerusform>
            <numerusform>%n добавени етикета</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag removed</source>
        <translation>
            <numerusform>%n премахнат етикет</numerusform>
            <numerusform>%n премахнати етикета</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tags added</source>
        <translation>
            <numerusform>%n добавен етикет</numerusform>
            <numerusform>%n добавени етикета</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tags removed</source>
        <translation>
            <numerusform>%n премахнат етикет</numerusform>
            <numerusform>%n премахнати етикета</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsubscribed</source>
        <translation>
            <numerusform>%n отписан клиент</numerusform>
            <numerusform>%n отписани клиенти</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n webhook call</source>
        <translation>
            <numerusform>%n извикване на уебхук</numerusform>
            <numerusform>%n извиквания на уебхук</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n webhook calls</source>
        <translation>
            <numerusform>%n извикване на уебхук</numerusform>
            <numerusform>%n извиквания на уебхук</numerusform>
        </translation>
    </message>
    <message>
        <source>, no action was taken</source>
        <translation>, без извършени действия</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; customer entered the flow</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; клиент влезе в сценария</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; клиенти влязоха в сценария</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; customers entered the flow</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; клиент влезе в сценария</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; клиенти влязоха в сценария</numerusform>
        </translation>
    </message>
    <message>
        <source>Backtest stopped. Nothing was changed.</source>
        <translation>Тестът е спрян. Нищо не е променено.</translation>
    </message>
    <message>
        <source>Backtest: {name}</source>
        <translation>Тест: {name}</translation>
    </message>
    <message>
        <source>Boomerang replays the period through this flow on a copy of your data. Nothing is sent and nothing in your shop changes.</source>
        <translation>Boomerang превърта периода през този сценарий върху копие на данните ви. Нищо не се изпраща и нищо в магазина ви не се променя.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>Choose a period and press “Run backtest”.</source>
        <translation>Изберете период и натиснете „Пусни теста“.</translation>
    </message>
    <message>
        <source>Choose a row to see the email it would have sent.</source>
        <translation>Изберете ред, за да видите имейла.</translation>
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
        <translation>Дати и часове в часовата зона на магазина, {zone}</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Имейл</translation>
    </message>
    <message>
        <source>Email: {subject}</source>
        <translation>Имейл: {subject}</translation>
    </message>
    <message>
        <source>Field set</source>
        <translation>Попълнено поле</translation>
    </message>
    <message>
        <source>Field “{field}” set to “{value}”</source>
        <translation>Поле „{field}“ = „{value}“</translation>
    </message>
    <message>
        <source>Filled in again from the flow&apos;s template with this customer&apos;s details as they are today; their points and tags may have differed then.</source>
        <translation>Попълнено наново от шаблона на сценария с днешните данни на клиента; точките и етикетите му тогава може да са били други.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <source>Note to you</source>
        <translation>Бележка за вас</translation>
    </message>
    <message>
        <source>Note to you: {message}</source>
        <translation>Бележка за вас: {message}</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Точки</translation>
    </message>
    <message>
        <source>Replaying {first} – {last}…</source>
        <translation>Превъртане {first} – {last}…</translation>
    </message>
    <message>
        <source>Replaying… %p%</source>
        <translation>Превъртане… %p%</translation>
    </message>
    <message>
        <source>Run backtest</source>
        <translation>Пусни теста</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Спиране…</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Tag added</source>
        <translation>Добавен етикет</translation>
    </message>
    <message>
        <source>Tag added: {tag}</source>
        <translation>Добавен етикет: {tag}</translation>
    </message>
    <message>
        <source>Tag removed</source>
        <translation>Премахнат етикет</translation>
    </message>
    <message>
        <source>Tag removed: {tags}</source>
        <translation>Премахнат етикет: {tags}</translation>
    </message>
    <message>
        <source>The backtest could not run: {message}</source>
        <translation>Тестът не можа да се пусне: {message}</translation>
    </message>
    <message>
        <source>The first day of the period comes after the last one.</source>
        <translation>Първият ден на периода е след последния.</translation>
    </message>
    <message>
        <source>This email cannot be previewed: {error}</source>
        <translation>Този имейл не може да се покаже: {error}</translation>
    </message>
    <message>
        <source>To</source>
        <translation>До</translation>
    </message>
    <message>
        <source>Try “{name}” on your past orders</source>
        <translation>Тествайте „{name}“ върху минали поръчки</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Отписан</translation>
    </message>
    <message>
        <source>Unsubscribed from marketing email</source>
        <translation>Отписан от маркетингови имейли</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Уебхук</translation>
    </message>
    <message>
        <source>Webhook call to {url}</source>
        <translation>Извикване на уебхук {url}</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Какво</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Кога</translation>
    </message>
    <message>
        <source>When (shop time)</source>
        <translation>Кога (час на магазина)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кой</translation>
    </message>
    <message>
        <source>already had the tag</source>
        <translation>вече имаше етикета</translation>
    </message>
    <message>
        <source>already unsubscribed</source>
        <translation>вече е отписан</translation>
    </message>
    <message>
        <source>did not have the tag</source>
        <translation>нямаше етикета</translation>
    </message>
    <message>
        <source>free shipping</source>
        <translation>безплатна доставка</translation>
    </message>
    <message>
        <source>no email address</source>
        <translation>няма имейл адрес</translation>
    </message>
    <message>
        <source>no marketing consent</source>
        <translation>няма съгласие за маркетингови имейли</translation>
    </message>
    <message>
        <source>no order to work from</source>
        <translation>няма подходяща поръчка</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>без посочена причина</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>няма какво да се промени</translation>
    </message>
    <message>
        <source>points</source>
        <translation>точки</translation>
    </message>
    <message>
        <source>the cashback was below the minimum</source>
        <translation>кешбекът е под минимума</translation>
    </message>
    <message>
        <source>the email could not be filled in</source>
        <translation>имейлът не можа да се попълни</translation>
    </message>
    <message>
        <source>the email shows a coupon, but no coupon was given</source>
        <translation>имейлът показва купон, но не е даден купон</translation>
    </message>
    <message>
        <source>the field was already filled in</source>
        <translation>полето вече е попълнено</translation>
    </message>
    <message>
        <source>the tag came out empty</source>
        <translation>етикетът излезе празен</translation>
    </message>
    <message>
        <source>this customer is no longer in the workspace</source>
        <translation>този клиент вече не е в работната база</translation>
    </message>
    <message>
        <source>this step cannot run in a backtest</source>
        <translation>тази стъпка не може да се изпълни в тест</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>{0} entered</source>
        <translation>Влезли: {0}</translation>
    </message>
    <message>
        <source>{0} reached</source>
        <translation>Стигнали: {0}</translation>
    </message>
    <message>
        <source>{amount} % off</source>
        <translation>{amount} % отстъпка</translation>
    </message>
    <message>
        <source>{amount} {currency} off</source>
        <translation>{amount} {currency} отстъпка</translation>
    </message>
    <message>
        <source>{sign}{amount} {account} (now {balance})</source>
        <translation>{sign}{amount} {account} (вече {balance})</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <source>Cannot connect: {0}</source>
        <translation>Не може да се свърже: {0}</translation>
    </message>
    <message>
        <source>Delete {0} item(s)</source>
        <translation>Изтриване на елементи ({0})</translation>
    </message>
    <message>
        <source>Overview: click or drag to move around the flow</source>
        <translation>Обзор: щракнете или плъзнете, за да се движите из сценария</translation>
    </message>
    <message>
        <source>This step has a problem:</source>
        <translation>Тази стъпка има проблем:</translation>
    </message>
    <message>
        <source>This step has {0} problems:</source>
        <translation>Тази стъпка има проблеми ({0}):</translation>
    </message>
    <message>
        <source>Unknown kind of step</source>
        <translation>Непознат вид стъпка</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Add {0}</source>
        <translation>Добавяне: {0}</translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation>Автоматично подреждане</translation>
    </message>
    <message>
        <source>Change flow settings</source>
        <translation>Промяна на настройките на сценария</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>Промяна на настройките</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Свързване</translation>
    </message>
    <message>
        <source>Delete {0} step(s)</source>
        <translation>Изтриване на стъпки ({0})</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Разкачване</translation>
    </message>
    <message>
        <source>Move {0} step(s)</source>
        <translation>Преместване на стъпки ({0})</translation>
    </message>
    <message>
        <source>Paste {0} step(s)</source>
        <translation>Поставяне на стъпки ({0})</translation>
    </message>
    <message>
        <source>Rename step</source>
        <translation>Преименуване на стъпка</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Boomerang closed before your changes to “{0}” were saved. Restore them?</source>
        <translation>Boomerang се затвори, преди промените в „{0}“ да бъдат запазени. Да ги възстановя ли?</translation>
    </message>
    <message>
        <source>Cannot open this file</source>
        <translation>Този файл не може да се отвори</translation>
    </message>
    <message>
        <source>New flow</source>
        <translation>Нов сценарий</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не е запазен</translation>
    </message>
    <message>
        <source>Open flow</source>
        <translation>Отваряне на сценарий</translation>
    </message>
    <message>
        <source>Restore unsaved changes?</source>
        <translation>Възстановяване на незапазените промени?</translation>
    </message>
    <message>
        <source>Save flow as file</source>
        <translation>Запазване на сценария като файл</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Запазен</translation>
    </message>
</context>
<context>
    <name>FlowSettings</name>
    <message>
        <source>A customer is never in the same flow twice at the same time.</source>
        <translation>Един клиент никога не минава през един и същ сценарий два пъти едновременно.</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>Добави цел</translation>
    </message>
    <message>
        <source>Again, but only {0} days after they last entered</source>
        <translation>Отново, но най-рано {0} дни след последното влизане</translation>
    </message>
    <message>
        <source>Again, once their previous run has finished</source>
        <translation>Отново, след като предишният им път е приключил</translation>
    </message>
    <message>
        <source>Also start it for customers who already qualify today</source>
        <translation>Пусни го и за клиентите, които отговарят на условията още днес</translation>
    </message>
    <message>
        <source>An order counts only when it holds a product that a “Pick products” step of this run chose for the customer.</source>
        <translation>Поръчката се брои само ако съдържа продукт, който стъпка „Избери продукти“ по този път е избрала за клиента.</translation>
    </message>
    <message>
        <source>Applies only to a flow with an “Inactive for N days” trigger. This flow starts for each customer when its trigger happens.</source>
        <translation>Важи само за сценарий с тригер „Неактивен N дни“. Този сценарий започва за всеки клиент, когато се задейства тригерът му.</translation>
    </message>
    <message>
        <source>Flow settings — {0}</source>
        <translation>Настройки на сценария — {0}</translation>
    </message>
    <message>
        <source>Goal — end the run early, as a success, when the customer…</source>
        <translation>Цел — пътят приключва предсрочно и успешно, когато клиентът…</translation>
    </message>
    <message>
        <source>No goal: every run goes on to its last step.</source>
        <translation>Без цел: всеки път продължава до последната си стъпка.</translation>
    </message>
    <message>
        <source>Not only for those who cross the line from now on: with “Inactive for N days”, everyone who has gone that long or longer without an order enters on the day you switch the flow on.</source>
        <translation>Не само за онези, които прекрачат прага отсега нататък: с „Неактивен N дни“ всеки, който е толкова дълго или повече без поръчка, влиза в сценария в деня, в който го включите.</translation>
    </message>
    <message>
        <source>Once — a customer goes through this flow at most once</source>
        <translation>Веднъж — клиентът минава през този сценарий най-много веднъж</translation>
    </message>
    <message>
        <source>Remove this goal</source>
        <translation>Премахни тази цел</translation>
    </message>
    <message>
        <source>Type the event&apos;s name for goal {0}, or remove that goal.</source>
        <translation>Въведете името на събитието за цел {0} или премахнете тази цел.</translation>
    </message>
    <message>
        <source>When one of these happens while a customer is in the flow, their run stops there and counts as a success: the steps still ahead of them are skipped.</source>
        <translation>Ако някое от тези неща се случи, докато клиентът е в сценария, пътят му спира дотук и се брои за успех: оставащите стъпки се пропускат.</translation>
    </message>
    <message>
        <source>When you switch the flow on</source>
        <translation>Когато включите сценария</translation>
    </message>
    <message>
        <source>Who can enter</source>
        <translation>Кой може да влезе</translation>
    </message>
    <message>
        <source>answers the NPS survey</source>
        <translation>отговори на NPS анкетата</translation>
    </message>
    <message>
        <source>event name, e.g. complaint</source>
        <translation>име на събитие, напр. complaint</translation>
    </message>
    <message>
        <source>leaves a review</source>
        <translation>остави отзив</translation>
    </message>
    <message>
        <source>only an order with a product this flow suggested</source>
        <translation>само поръчка с продукт, предложен от този сценарий</translation>
    </message>
    <message>
        <source>other event…</source>
        <translation>друго събитие…</translation>
    </message>
    <message>
        <source>places an order</source>
        <translation>направи поръчка</translation>
    </message>
    <message>
        <source>replies to an email</source>
        <translation>отговори на имейл</translation>
    </message>
    <message>
        <source>submits a form</source>
        <translation>попълни форма</translation>
    </message>
</context>
<context>
    <name>Flows</name>
    <message>
        <source>Last change</source>
        <translation>Последна промяна</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>No flows yet</source>
        <translation>Още няма сценарии</translation>
    </message>
    <message>
        <source>Opening your workspace…</source>
        <translation>Отваряме работната ви база…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Състояние</translation>
    </message>
    <message>
        <source>saved flow</source>
        <translation>запазен сценарий</translation>
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
        <translation>Отказ от импорта</translation>
    </message>
    <message>
        <source>Choose at least one file.</source>
        <translation>Изберете поне един файл.</translation>
    </message>
    <message>
        <source>Choose export</source>
        <translation>Избор на експорт</translation>
    </message>
    <message>
        <source>Choose the CSV files you exported from Shopify (Customers → Export, Orders → Export). Importing the same files again changes nothing.</source>
        <translation>Изберете CSV файловете, експортирани от Shopify (Клиенти → Експорт, Поръчки → Експорт). Повторният импорт на същите файлове не променя нищо.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Избор…</translation>
    </message>
    <message>
        <source>Customers export (CSV)</source>
        <translation>Експорт на клиенти (CSV)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортирай</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Импортът е отказан: нищо не е променено.</translation>
    </message>
    <message>
        <source>Import store data</source>
        <translation>Импорт на данни от магазина</translation>
    </message>
    <message>
        <source>Importing… you can keep working.</source>
        <translation>Импортиране… можете да продължите работа.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ред</translation>
    </message>
    <message>
        <source>Nothing was imported: {0}</source>
        <translation>Нищо не е импортирано: {0}</translation>
    </message>
    <message>
        <source>Orders export (CSV)</source>
        <translation>Експорт на поръчки (CSV)</translation>
    </message>
    <message>
        <source>Why it was skipped</source>
        <translation>Защо е пропуснат</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>по избор</translation>
    </message>
    <message>
        <source>{0}: {1} new, {2} updated, {3} skipped</source>
        <translation>{0}: {1} нови, {2} обновени, {3} пропуснати</translation>
    </message>
</context>
<context>
    <name>ListEditors</name>
    <message>
        <source>Add branch</source>
        <translation>Добави разклонение</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Разклонение</translation>
    </message>
    <message>
        <source>Names separated by commas</source>
        <translation>Имена, разделени със запетаи</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Премахни</translation>
    </message>
    <message>
        <source>SKUs or product titles, separated by commas</source>
        <translation>Артикулни номера или имена на продукти, разделени със запетаи</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Дял</translation>
    </message>
    <message>
        <source>Total: {0} %</source>
        <translation>Общо: {0} %</translation>
    </message>
    <message>
        <source>{0} — must be 100 %</source>
        <translation>{0} — трябва да е 100 %</translation>
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
        <translation>Чернова</translation>
    </message>
    <message>
        <source>New flow</source>
        <translation>Нов сценарий</translation>
    </message>
    <message>
        <source>No problems: this flow is ready.</source>
        <translation>Няма проблеми: сценарият е готов.</translation>
    </message>
    <message>
        <source>Nothing to paste</source>
        <translation>Няма какво да се постави</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблеми</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>Да се запазят ли промените?</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Стъпки</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Незапазени промени</translation>
    </message>
    <message>
        <source>Your flows</source>
        <translation>Вашите сценарии</translation>
    </message>
    <message>
        <source>{0} problem(s): see the Problems panel.</source>
        <translation>Проблеми: {0}. Вижте панела „Проблеми“.</translation>
    </message>
    <message>
        <source>“{0}” has changes that are not saved. Save them before you go on?</source>
        <translation>„{0}“ има незапазени промени. Да ги запазя ли, преди да продължите?</translation>
    </message>
</context>
<context>
    <name>NodeCatalog</name>
    <message>
        <source>...with this value (leave empty for any value).</source>
        <translation>...с тази стойност (празно = всяка стойност).</translation>
    </message>
    <message>
        <source>0 starts on the day itself.</source>
        <translation>0 = в самия ден.</translation>
    </message>
    <message>
        <source>0 starts on the day the points expire.</source>
        <translation>0 = в деня, в който точките изтичат.</translation>
    </message>
    <message>
        <source>A code is only worth creating when the email that carries it may be sent: contacts who do not accept email marketing are skipped.</source>
        <translation>Код има смисъл само ако имейлът с него може да бъде изпратен: клиентите без съгласие за маркетингови имейли се пропускат.</translation>
    </message>
    <message>
        <source>A contact field that receives the time of the check; leave empty to record it in the activity log only.</source>
        <translation>Поле на клиента, в което да се запише часът на проверката; оставете празно, за да се запише само в дневника.</translation>
    </message>
    <message>
        <source>A custom field holding a YYYY-MM-DD date.</source>
        <translation>Собствено поле с дата във формат ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>A friend used the referral code</source>
        <translation>Приятел използва кода за препоръка</translation>
    </message>
    <message>
        <source>A score</source>
        <translation>Резултат</translation>
    </message>
    <message>
        <source>Accepts email marketing</source>
        <translation>Приема маркетингови имейли</translation>
    </message>
    <message>
        <source>Accessories</source>
        <translation>Аксесоари</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добави</translation>
    </message>
    <message>
        <source>Add or remove points</source>
        <translation>Промени точките</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Добави етикет</translation>
    </message>
    <message>
        <source>Adds a tag to the contact (other flows may start on it).</source>
        <translation>Добавя етикет на клиента (други сценарии може да започват от него).</translation>
    </message>
    <message>
        <source>Adds to or subtracts from the contact&apos;s loyalty points or a named score.</source>
        <translation>Добавя или отнема от точките за лоялност на клиента или от именуван резултат.</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>Всички правила</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Anniversary of the first purchase</source>
        <translation>Годишнина от първата покупка</translation>
    </message>
    <message>
        <source>Another date field</source>
        <translation>Друго поле с дата</translation>
    </message>
    <message>
        <source>Any rule</source>
        <translation>Някое правило</translation>
    </message>
    <message>
        <source>At least (times)</source>
        <translation>Поне (пъти)</translation>
    </message>
    <message>
        <source>At least this many points expiring</source>
        <translation>Изтичат поне толкова точки</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Средна стойност на поръчка</translation>
    </message>
    <message>
        <source>Best sellers of a collection</source>
        <translation>Най-продавани от колекция</translation>
    </message>
    <message>
        <source>Birthday (field birth_date)</source>
        <translation>Рожден ден (поле birth_date)</translation>
    </message>
    <message>
        <source>Bought together with the order (by other customers)</source>
        <translation>Купувани заедно с поръчката (от други клиенти)</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>Разклонения</translation>
    </message>
    <message>
        <source>Call a webhook</source>
        <translation>Извикай уебхук</translation>
    </message>
    <message>
        <source>Cashback (% of the order total)</source>
        <translation>Кешбек (% от сумата на поръчката)</translation>
    </message>
    <message>
        <source>Cashback {percent} % for {expires_days} days</source>
        <translation>Кешбек {percent} % за {expires_days} дни</translation>
    </message>
    <message>
        <source>Check consent</source>
        <translation>Провери съгласието</translation>
    </message>
    <message>
        <source>Checks the order that started the flow: its total, products or discount code.</source>
        <translation>Проверява поръчката, с която е започнал сценарият: сума, продукти или код за отстъпка.</translation>
    </message>
    <message>
        <source>Checks whether the contact accepts email marketing right now and records the check (the answer and when it was given) in the activity log and, optionally, a contact field, so you can show that consent was verified. Continues on “yes” or “no”.</source>
        <translation>Проверява дали клиентът приема маркетингови имейли точно сега и записва проверката (отговора и кога е даден) в дневника и по избор в поле на клиента, за да можете да покажете, че съгласието е проверено. Продължава по „да“ или „не“.</translation>
    </message>
    <message>
        <source>Chooses products to show in the next emails, from the shop&apos;s own order history: the contact&apos;s favourites, what other customers bought together with this order, the best sellers of a collection, or the product a tag or event names. Emails then show them as {{ products }} (each with title, sku, price and url). Continues on “found”, or on “none” when there is nothing to show.</source>
        <translation>Избира продукти за следващите имейли от историята на поръчките в магазина: любимите на клиента, какво са купили други клиенти заедно с тази поръчка, най-продаваните от колекция или продукта, посочен в етикет или събитие. Имейлите ги показват като {{ products }} (всеки с title, sku, price и url). Продължава по „found“ или по „none“, когато няма какво да се покаже.</translation>
    </message>
    <message>
        <source>Code prefix</source>
        <translation>Префикс на кода</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Колекция</translation>
    </message>
    <message>
        <source>Collections in the order</source>
        <translation>Колекции в поръчката</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завършен</translation>
    </message>
    <message>
        <source>Continues on “yes” when the contact has sent the event at least N times within a period, counting only events for the same value of a property as the event that started the flow (for example the same product), this one included.</source>
        <translation>Продължава по „да“, когато клиентът е изпратил събитието поне N пъти за период, като се броят само събития със същата стойност на свойство като събитието, стартирало сценария (например същия продукт), включително то.</translation>
    </message>
    <message>
        <source>Continues on “yes” when the contact matches the rules (tags, fields, consent, orders, total spent, days since last order, RFM, points, tier), else on “no”.</source>
        <translation>Продължава по „да“, когато клиентът отговаря на правилата (етикети, полета, съгласие, поръчки, общо похарчено, дни от последната поръчка, RFM, точки, ниво), иначе по „не“.</translation>
    </message>
    <message>
        <source>Count only events with the same</source>
        <translation>Броят се само събития със същото</translation>
    </message>
    <message>
        <source>Create a task</source>
        <translation>Създай задача</translation>
    </message>
    <message>
        <source>Creates a unique coupon code for this contact; later emails can show it as {{ coupon.code }}.</source>
        <translation>Създава уникален код за купон за този клиент; следващите имейли могат да го покажат като {{ coupon.code }}.</translation>
    </message>
    <message>
        <source>Customer signed up</source>
        <translation>Регистриран клиент</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Date reached</source>
        <translation>Настъпи дата</translation>
    </message>
    <message>
        <source>Days before</source>
        <translation>Дни преди</translation>
    </message>
    <message>
        <source>Days since last order</source>
        <translation>Дни от последната поръчка</translation>
    </message>
    <message>
        <source>Days since last purchase</source>
        <translation>Дни от последната покупка</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Отстъпка</translation>
    </message>
    <message>
        <source>Discount code used</source>
        <translation>Използван код за отстъпка</translation>
    </message>
    <message>
        <source>Earlier events count when they came this long before, or less.</source>
        <translation>По-ранните събития се броят, ако са били най-много толкова време преди това.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Имейл</translation>
    </message>
    <message>
        <source>Email “{template[subject]}”</source>
        <translation>Имейл „{template[subject]}“</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Край</translation>
    </message>
    <message>
        <source>End ({outcome})</source>
        <translation>Край ({outcome})</translation>
    </message>
    <message>
        <source>Ends the contact&apos;s run here; “goal reached” counts it as a success.</source>
        <translation>Пътят на клиента свършва тук; „целта е постигната“ се брои за успех.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Събитие</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Име на събитието</translation>
    </message>
    <message>
        <source>Event number</source>
        <translation>Пореден номер на събитието</translation>
    </message>
    <message>
        <source>Event property</source>
        <translation>Свойство на събитието</translation>
    </message>
    <message>
        <source>Event property (property=value)</source>
        <translation>Свойство на събитието (свойство=стойност)</translation>
    </message>
    <message>
        <source>Event received</source>
        <translation>Получено събитие</translation>
    </message>
    <message>
        <source>Event “{event}”</source>
        <translation>Събитие „{event}“</translation>
    </message>
    <message>
        <source>Every day at a time, works out each customer&apos;s RFM segment (Champions, Loyal, Potential loyalist, New, At risk, Can&apos;t lose them, Hibernating, Lost) from their recency, frequency and monetary scores, and starts for every customer whose segment tag is missing or out of date (on the first day, everyone who has purchased). The flow sees the new segment as {{ event.segment }}.</source>
        <translation>Всеки ден в даден час определя RFM сегмента на всеки клиент (Champions, Loyal, Potential loyalist, New, At risk, Can&apos;t lose them, Hibernating, Lost) по давност, честота и стойност на покупките и започва за всеки клиент, чийто етикет за сегмент липсва или е остарял (през първия ден — за всички, които са пазарували). Сценарият вижда новия сегмент като {{ event.segment }}.</translation>
    </message>
    <message>
        <source>Every event</source>
        <translation>Всяко събитие</translation>
    </message>
    <message>
        <source>Every order</source>
        <translation>Всяка поръчка</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Field name</source>
        <translation>Име на полето</translation>
    </message>
    <message>
        <source>Fixed amount off</source>
        <translation>Фиксирана отстъпка</translation>
    </message>
    <message>
        <source>Free shipping</source>
        <translation>Безплатна доставка</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Петък</translation>
    </message>
    <message>
        <source>Friend&apos;s discount</source>
        <translation>Отстъпка за приятел</translation>
    </message>
    <message>
        <source>Give cashback coupon</source>
        <translation>Дай купон с кешбек</translation>
    </message>
    <message>
        <source>Give referral code</source>
        <translation>Дай код за препоръка</translation>
    </message>
    <message>
        <source>Give up after</source>
        <translation>Откажи се след</translation>
    </message>
    <message>
        <source>Gives back a share of the triggering order&apos;s total as a single-use coupon for a fixed amount off the next order; later emails show it as {{ coupon.code }} and {{ coupon.value }}.</source>
        <translation>Връща част от сумата на поръчката като еднократен купон с фиксирана отстъпка за следващата поръчка; следващите имейли го показват като {{ coupon.code }} и {{ coupon.value }}.</translation>
    </message>
    <message>
        <source>Gives the contact a personal referral code for friends (the same code every time) and creates it in the store as a reusable discount; later emails show it as {{ referral.code }}. An order that uses it starts “Referral code used” for the contact.</source>
        <translation>Дава на клиента личен код за препоръка за приятели (всеки път същия) и го създава в магазина като многократна отстъпка; следващите имейли го показват като {{ referral.code }}. Поръчка с този код стартира „Приятел ползва кода“ за клиента.</translation>
    </message>
    <message>
        <source>Goal reached</source>
        <translation>Целта е постигната</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Колко</translation>
    </message>
    <message>
        <source>If contact…</source>
        <translation>Ако клиентът…</translation>
    </message>
    <message>
        <source>If event repeated…</source>
        <translation>Ако се повтори…</translation>
    </message>
    <message>
        <source>If the order…</source>
        <translation>Ако поръчката…</translation>
    </message>
    <message>
        <source>If {rules}</source>
        <translation>Ако {rules}</translation>
    </message>
    <message>
        <source>In the shop&apos;s time zone.</source>
        <translation>В часовата зона на магазина.</translation>
    </message>
    <message>
        <source>Inactive for N days</source>
        <translation>Неактивен N дни</translation>
    </message>
    <message>
        <source>Issue coupon</source>
        <translation>Дай купон</translation>
    </message>
    <message>
        <source>Kind of email</source>
        <translation>Вид имейл</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Език</translation>
    </message>
    <message>
        <source>Leave empty for any total.</source>
        <translation>Оставете празно за всяка сума.</translation>
    </message>
    <message>
        <source>Leave out what the contact already bought</source>
        <translation>Без продукти, които клиентът вече е купил</translation>
    </message>
    <message>
        <source>Loyalty points</source>
        <translation>Точки за лоялност</translation>
    </message>
    <message>
        <source>Marketing (needs consent)</source>
        <translation>Маркетингов (иска съгласие)</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Трябва да важат</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Мярка</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Съобщение</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>Minimum order total</source>
        <translation>Минимална сума на поръчката</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Понеделник</translation>
    </message>
    <message>
        <source>Moves up to: {tiers}</source>
        <translation>Преминава в: {tiers}</translation>
    </message>
    <message>
        <source>Multiplies the amount by the order total (1 point per hryvnia).</source>
        <translation>Умножава количеството по сумата на поръчката (1 точка за всеки лев или евро).</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Нов клиент</translation>
    </message>
    <message>
        <source>Notify me / create task</source>
        <translation>Уведоми ме</translation>
    </message>
    <message>
        <source>Notify: {message}</source>
        <translation>Уведомяване: {message}</translation>
    </message>
    <message>
        <source>Number of orders</source>
        <translation>Брой поръчки</translation>
    </message>
    <message>
        <source>Only events with the same value as the triggering event count; leave empty to count every event of that name.</source>
        <translation>Броят се само събития със същата стойност като стартиралото събитие; оставете празно, за да се броят всички събития с това име.</translation>
    </message>
    <message>
        <source>Only for contacts who accept email marketing</source>
        <translation>Само за клиенти, които приемат маркетингови имейли</translation>
    </message>
    <message>
        <source>Only if the field is empty</source>
        <translation>Само ако полето е празно</translation>
    </message>
    <message>
        <source>Only into these tiers</source>
        <translation>Само към тези нива</translation>
    </message>
    <message>
        <source>Only on</source>
        <translation>Само в дните</translation>
    </message>
    <message>
        <source>Only the Nth event within a period</source>
        <translation>Само N-тото събитие за период</translation>
    </message>
    <message>
        <source>Only the Nth order</source>
        <translation>Само N-тата поръчка</translation>
    </message>
    <message>
        <source>Only the first order</source>
        <translation>Само първата поръчка</translation>
    </message>
    <message>
        <source>Only when property</source>
        <translation>Само когато свойство</translation>
    </message>
    <message>
        <source>Only with products from these collections</source>
        <translation>Само с продукти от тези колекции</translation>
    </message>
    <message>
        <source>Only with these products</source>
        <translation>Само с тези продукти</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Optional: a property name the event must carry...</source>
        <translation>По избор: име на свойство, което събитието трябва да има...</translation>
    </message>
    <message>
        <source>Optional: a property name, such as product. Then each product is counted on its own, and an event without that property starts nothing.</source>
        <translation>По избор: име на свойство, например product. Тогава всеки продукт се брои отделно, а събитие без това свойство не стартира нищо.</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Номер на поръчката</translation>
    </message>
    <message>
        <source>Order placed</source>
        <translation>Направена поръчка</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>Сума на поръчката</translation>
    </message>
    <message>
        <source>Orders whose cashback is less than this get no coupon.</source>
        <translation>Поръчките с по-малък кешбек от това не получават купон.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Изход</translation>
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
        <translation>За единица валута от поръчката</translation>
    </message>
    <message>
        <source>Percentage off</source>
        <translation>Процентна отстъпка</translation>
    </message>
    <message>
        <source>Pick products</source>
        <translation>Избери продукти</translation>
    </message>
    <message>
        <source>Pick {limit} products ({source})</source>
        <translation>Избор на {limit} продукта ({source})</translation>
    </message>
    <message>
        <source>Points about to expire</source>
        <translation>Изтичащи точки</translation>
    </message>
    <message>
        <source>Points expire after (days)</source>
        <translation>Точките изтичат след (дни)</translation>
    </message>
    <message>
        <source>Points or score reached</source>
        <translation>Точките стигат прага</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Продукти</translation>
    </message>
    <message>
        <source>Products in the order</source>
        <translation>Продукти в поръчката</translation>
    </message>
    <message>
        <source>RFM frequency (1–5)</source>
        <translation>RFM честота (1–5)</translation>
    </message>
    <message>
        <source>RFM monetary (1–5)</source>
        <translation>RFM стойност (1–5)</translation>
    </message>
    <message>
        <source>RFM recency (1–5)</source>
        <translation>RFM давност (1–5)</translation>
    </message>
    <message>
        <source>RFM segment changed</source>
        <translation>Нов RFM сегмент</translation>
    </message>
    <message>
        <source>RFM segment daily at {time_of_day}</source>
        <translation>RFM сегмент всеки ден в {time_of_day}</translation>
    </message>
    <message>
        <source>Random split (A/B)</source>
        <translation>A/B тест</translation>
    </message>
    <message>
        <source>Record the check in field</source>
        <translation>Запиши проверката в поле</translation>
    </message>
    <message>
        <source> and </source>
        <translation> и </translation>
    </message>
    <message>
        <source> or </source>
        <translation> или </translation>
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
        <translation>Купон: безплатна доставка</translation>
    </message>
    <message>
        <source>First order only</source>
        <translation>Само първата поръчка</translation>
    </message>
    <message>
        <source>Order number {nth}</source>
        <translation>Поръчка № {nth}</translation>
    </message>
    <message>
        <source>Referral code used</source>
        <translation>Приятел ползва кода</translation>
    </message>
    <message>
        <source>Referral code: free shipping for friends</source>
        <translation>Код за препоръка: безплатна доставка за приятели</translation>
    </message>
    <message>
        <source>Referral code: friends get {value} % off</source>
        <translation>Код за препоръка: приятелите получават −{value} %</translation>
    </message>
    <message>
        <source>Referral code: friends get {value} off</source>
        <translation>Код за препоръка: приятелите получават −{value}</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Премахни етикет</translation>
    </message>
    <message>
        <source>Removes a tag from the contact. End the tag with * to remove a family of tags, e.g. segment:*.</source>
        <translation>Премахва етикет от клиента. Завършете етикета със *, за да премахнете цяла група етикети, напр. segment:*.</translation>
    </message>
    <message>
        <source>Reset points to 0</source>
        <translation>Нулирай точките</translation>
    </message>
    <message>
        <source>Reset score “{score}” to 0</source>
        <translation>Нулирай резултата „{score}“</translation>
    </message>
    <message>
        <source>Reset to 0</source>
        <translation>Нулирай</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Правила</translation>
    </message>
    <message>
        <source>SKUs or product titles; empty means any product.</source>
        <translation>Артикулни номера или имена на продукти; празно = всеки продукт.</translation>
    </message>
    <message>
        <source>Same value of property</source>
        <translation>Същата стойност на свойство</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Събота</translation>
    </message>
    <message>
        <source>Score name</source>
        <translation>Име на резултата</translation>
    </message>
    <message>
        <source>Score “{score}”: {operation} {amount}</source>
        <translation>Резултат „{score}“: {operation} {amount}</translation>
    </message>
    <message>
        <source>Segment tags start with</source>
        <translation>Етикетите за сегмент започват с</translation>
    </message>
    <message>
        <source>Send email</source>
        <translation>Изпрати имейл</translation>
    </message>
    <message>
        <source>Sends an email written with the template editor. Marketing emails only go to contacts who accept email marketing and always carry an unsubscribe link; transactional ones (an order question, a receipt) go to everyone.</source>
        <translation>Изпраща имейл, написан в редактора на шаблони. Маркетинговите имейли отиват само до клиенти, които ги приемат, и винаги имат връзка за отписване; служебните (въпрос за поръчка, касова бележка) отиват до всички.</translation>
    </message>
    <message>
        <source>Sends each contact down one branch at random, in the given percentages, to compare two offers or wordings.</source>
        <translation>Праща всеки клиент по случайно разклонение в зададените проценти, за да сравните две оферти или два текста.</translation>
    </message>
    <message>
        <source>Sends the contact&apos;s details to another service as JSON.</source>
        <translation>Изпраща данните на клиента към друга услуга като JSON.</translation>
    </message>
    <message>
        <source>Set field</source>
        <translation>Попълни поле</translation>
    </message>
    <message>
        <source>Set {field}</source>
        <translation>Попълни {field}</translation>
    </message>
    <message>
        <source>Single use</source>
        <translation>Еднократен</translation>
    </message>
    <message>
        <source>Smallest coupon worth giving</source>
        <translation>Най-малкият купон, който си струва</translation>
    </message>
    <message>
        <source>Split {branches}</source>
        <translation>Разделяне {branches}</translation>
    </message>
    <message>
        <source>Starts a number of days before some of a contact&apos;s loyalty points expire (points earned with an expiry, oldest spent first). Emails can show the points as {{ event.points }}, the day as {{ event.expires_on }} and the balance as {{ contact.points }}.</source>
        <translation>Започва определен брой дни, преди част от точките за лоялност на клиента да изтекат (точки със срок, най-старите се харчат първи). Имейлите могат да покажат точките като {{ event.points }}, деня като {{ event.expires_on }} и баланса като {{ contact.points }}.</translation>
    </message>
    <message>
        <source>Starts every year on a contact&apos;s date, such as their birthday or the anniversary of their first purchase, at a time of day. A birthday on 29 February is celebrated on 28 February in other years.</source>
        <translation>Започва всяка година на дата на клиента, като рождения ден или годишнината от първата покупка, в даден час. Рожден ден на 29 февруари се празнува на 28 февруари в другите години.</translation>
    </message>
    <message>
        <source>Starts for the referrer when someone else&apos;s order (not cancelled or voided) uses the referrer&apos;s personal referral code. Emails can name the friend as {{ event.friend_first_name }}.</source>
        <translation>Започва за препоръчващия, когато чужда поръчка (неотказана и неанулирана) използва личния му код за препоръка. Имейлите могат да назоват приятеля като {{ event.friend_first_name }}.</translation>
    </message>
    <message>
        <source>Starts on exactly this order: 5 means the contact&apos;s fifth purchase.</source>
        <translation>Започва точно при тази поръчка: 5 означава петата покупка на клиента.</translation>
    </message>
    <message>
        <source>Starts on the day a customer reaches N days since their last purchase. Customers who were already past N days when the flow was switched on only enter if the flow&apos;s “also enrol those who already qualify” option is on.</source>
        <translation>Започва в деня, в който стават N дни от последната покупка на клиента. Клиенти, които вече са минали N дни при включването на сценария, влизат само ако е включена опцията на сценария „включи и тези, които вече отговарят“.</translation>
    </message>
    <message>
        <source>Starts on the event that makes this many within the period: 3 means the third. The events after it start nothing until a whole period has passed with no event reaching this number; then the next one that reaches it starts the flow again.</source>
        <translation>Започва при събитието, което стига този брой за периода: 3 означава третото. Следващите събития не стартират нищо, докато не мине цял период без събитие, стигнало този брой; тогава следващото, което го стигне, пак стартира сценария.</translation>
    </message>
    <message>
        <source>Starts when a contact places an order (cancelled and voided orders never count). Optionally only their first order or their Nth order, only orders with certain products or collections, or above a minimum total.</source>
        <translation>Започва, когато клиент направи поръчка (отказаните и анулираните никога не се броят). По избор само първата или N-тата поръчка, само поръчки с определени продукти или колекции или над минимална сума.</translation>
    </message>
    <message>
        <source>Starts when a contact&apos;s points balance or a named score rises to a threshold (it fires on the crossing, not while it stays above).</source>
        <translation>Започва, когато точките на клиента или именуван резултат стигнат прага (задейства се при преминаването, не докато остава над него).</translation>
    </message>
    <message>
        <source>Starts when a contact&apos;s points move them up into a higher loyalty tier (the tiers and their points are set in the shop settings, e.g. Bronze 0, Silver 500, Gold 1500). Conditions and emails can use the new tier as {{ contact.tier }}.</source>
        <translation>Започва, когато точките качат клиента в по-високо ниво на лоялност (нивата и точките им се задават в настройките на магазина, напр. Бронз 0, Сребро 500, Злато 1500). Условията и имейлите могат да ползват новото ниво като {{ contact.tier }}.</translation>
    </message>
    <message>
        <source>Starts when a new customer account or contact is created in the shop.</source>
        <translation>Започва, когато в магазина се създаде нов клиентски профил или контакт.</translation>
    </message>
    <message>
        <source>Starts when a tag is added to a contact. End the tag with * to match a family of tags, e.g. interested:*.</source>
        <translation>Започва, когато на клиента се добави етикет. Завършете етикета със *, за да обхванете цяла група етикети, напр. interested:*.</translation>
    </message>
    <message>
        <source>Starts when an event arrives for a contact: product_viewed, form_submitted, nps_submitted, complaint, or any name your shop sends. Optionally only on the Nth such event within a period, such as the third view of the same product within 14 days.</source>
        <translation>Започва, когато за клиента пристигне събитие: product_viewed, form_submitted, nps_submitted, complaint или всяко име, което магазинът ви изпраща. По избор само при N-тото такова събитие за период, например третото разглеждане на един и същ продукт за 14 дни.</translation>
    </message>
    <message>
        <source>Stops all marketing email to this contact and records when.</source>
        <translation>Спира всички маркетингови имейли до този клиент и записва кога.</translation>
    </message>
    <message>
        <source>Stores a value in one of the contact&apos;s fields. The value may use template placeholders such as {{ order.created_at.date() }}.</source>
        <translation>Записва стойност в едно от полетата на клиента. Стойността може да ползва променливи от шаблона, например {{ order.created_at.date() }}.</translation>
    </message>
    <message>
        <source>Subtract</source>
        <translation>Отнеми</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Етикет</translation>
    </message>
    <message>
        <source>Tag added</source>
        <translation>Добавен етикет</translation>
    </message>
    <message>
        <source>Tag “{tag}”</source>
        <translation>Етикет „{tag}“</translation>
    </message>
    <message>
        <source>Tag “{tag}” added</source>
        <translation>Добавен етикет „{tag}“</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Етикети</translation>
    </message>
    <message>
        <source>Tells the shop owner about this contact, and optionally adds a task to the to-do list.</source>
        <translation>Съобщава на собственика на магазина за този клиент и по избор добавя задача в списъка със задачи.</translation>
    </message>
    <message>
        <source>The collection whose best sellers are shown.</source>
        <translation>Колекцията, чиито най-продавани продукти се показват.</translation>
    </message>
    <message>
        <source>The contact&apos;s most bought products</source>
        <translation>Най-купуваните продукти на клиента</translation>
    </message>
    <message>
        <source>The product named in the event</source>
        <translation>Продуктът, посочен в събитието</translation>
    </message>
    <message>
        <source>The product named in the tag (interested:&lt;product&gt;)</source>
        <translation>Продуктът, посочен в етикета (interested:&lt;продукт&gt;)</translation>
    </message>
    <message>
        <source>The property of the event that holds the product&apos;s SKU, handle or title.</source>
        <translation>Свойството на събитието, което съдържа артикулния номер, адреса или името на продукта.</translation>
    </message>
    <message>
        <source>The tag group that holds the segment, e.g. rfm:Champions.</source>
        <translation>Групата етикети, която съдържа сегмента, напр. rfm:Champions.</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Праг</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Четвъртък</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Ниво</translation>
    </message>
    <message>
        <source>Tier names from the shop settings, e.g. Gold; empty means every move up.</source>
        <translation>Имена на нива от настройките на магазина, напр. Злато; празно = всяко качване.</translation>
    </message>
    <message>
        <source>Tier reached</source>
        <translation>Достигнато ниво</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>Общо похарчено</translation>
    </message>
    <message>
        <source>Transactional</source>
        <translation>Служебен</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Вторник</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Отписване</translation>
    </message>
    <message>
        <source>Unsubscribe from marketing</source>
        <translation>Отпиши от бюлетина</translation>
    </message>
    <message>
        <source>Untag “{tag}”</source>
        <translation>Махни етикет „{tag}“</translation>
    </message>
    <message>
        <source>Until {event}, at most {timeout}</source>
        <translation>До {event}, най-много {timeout}</translation>
    </message>
    <message>
        <source>Until {time_of_day}</source>
        <translation>До {time_of_day}</translation>
    </message>
    <message>
        <source>Valid for (days)</source>
        <translation>Валиден (дни)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стойност</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Изчакай</translation>
    </message>
    <message>
        <source>Wait for</source>
        <translation>Колко да се чака</translation>
    </message>
    <message>
        <source>Wait for an event</source>
        <translation>Изчакай събитие</translation>
    </message>
    <message>
        <source>Wait until a time</source>
        <translation>Изчакай до час</translation>
    </message>
    <message>
        <source>Wait {duration}</source>
        <translation>Изчакай {duration}</translation>
    </message>
    <message>
        <source>Waits for a fixed time before the next step.</source>
        <translation>Изчаква определено време преди следващата стъпка.</translation>
    </message>
    <message>
        <source>Waits until the contact does something (places an order, submits a form) or until the time runs out, and continues on the matching exit.</source>
        <translation>Изчаква, докато клиентът направи нещо (поръчка, попълнена форма) или докато времето изтече, и продължава по съответния изход.</translation>
    </message>
    <message>
        <source>Waits until the next time of day in the shop&apos;s time zone, optionally only on certain weekdays (for example: the next weekday at 10:00).</source>
        <translation>Изчаква до следващия зададен час в часовата зона на магазина, по избор само в определени дни от седмицата (например следващия делничен ден в 10:00).</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Сряда</translation>
    </message>
    <message>
        <source>Weekdays (mon … sun); empty means any day.</source>
        <translation>Дни от седмицата (mon … sun); празно = всеки ден.</translation>
    </message>
    <message>
        <source>Which events</source>
        <translation>Кои събития</translation>
    </message>
    <message>
        <source>Which orders</source>
        <translation>Кои поръчки</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>В рамките на</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>съдържа</translation>
    </message>
    <message>
        <source>day</source>
        <translation>ден</translation>
    </message>
    <message>
        <source>days</source>
        <translation>дни</translation>
    </message>
    <message>
        <source>equals</source>
        <translation>е равно на</translation>
    </message>
    <message>
        <source>form_submitted</source>
        <translation>form_submitted</translation>
    </message>
    <message>
        <source>has all of</source>
        <translation>има всички от</translation>
    </message>
    <message>
        <source>has any of</source>
        <translation>има някое от</translation>
    </message>
    <message>
        <source>has none of</source>
        <translation>няма нито едно от</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>час</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>часа</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>is</source>
        <translation>е</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>е поне</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>е най-много</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>е празно</translation>
    </message>
    <message>
        <source>is filled in</source>
        <translation>е попълнено</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>е по-малко от</translation>
    </message>
    <message>
        <source>is more than</source>
        <translation>е повече от</translation>
    </message>
    <message>
        <source>is no</source>
        <translation>е „не“</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>не е</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>не е празно</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>е едно от</translation>
    </message>
    <message>
        <source>is yes</source>
        <translation>е „да“</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>минута</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>минути</translation>
    </message>
    <message>
        <source>order_placed, or the name of a custom event.</source>
        <translation>order_placed или името на ваше събитие.</translation>
    </message>
    <message>
        <source>product</source>
        <translation>product</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>започва с</translation>
    </message>
    <message>
        <source>vip</source>
        <translation>vip</translation>
    </message>
    <message>
        <source>week</source>
        <translation>седмица</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>седмици</translation>
    </message>
    <message>
        <source>{date} at {time_of_day}</source>
        <translation>{date} в {time_of_day}</translation>
    </message>
    <message>
        <source>{days_before} days before points expire</source>
        <translation>{days_before} дни преди изтичане на точките</translation>
    </message>
    <message>
        <source>{days} days without an order</source>
        <translation>{days} дни без поръчка</translation>
    </message>
    <message>
        <source>{event} {times}× within {within}</source>
        <translation>{event} {times}× за {within}</translation>
    </message>
    <message>
        <source>{measure}: {threshold} or more</source>
        <translation>{measure}: {threshold} или повече</translation>
    </message>
    <message>
        <source>{operation} {amount} points</source>
        <translation>{operation} {amount} точки</translation>
    </message>
    <message>
        <source>“{event}” {times} times within {within}</source>
        <translation>„{event}“ {times} пъти за {within}</translation>
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
        <translation>Действие</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Действия</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Условие</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Условия</translation>
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
        <translation>Изчакване</translation>
    </message>
    <message>
        <source>Waits</source>
        <translation>Изчаквания</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <source>No step matches “{0}”.</source>
        <translation>Няма стъпка, която да отговаря на „{0}“.</translation>
    </message>
    <message>
        <source>Search steps</source>
        <translation>Търсене на стъпки</translation>
    </message>
</context>
<context>
    <name>ParamEditors</name>
    <message>
        <source>No date</source>
        <translation>Без дата</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Не е зададено</translation>
    </message>
    <message>
        <source>days</source>
        <translation>дни</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>часове</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>минути</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>седмици</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Flow</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>No problems: this flow is ready.</source>
        <translation>Няма проблеми: сценарият е готов.</translation>
    </message>
    <message>
        <source>Open or start a flow to have it checked here.</source>
        <translation>Отворете или започнете сценарий, за да бъде проверен тук.</translation>
    </message>
</context>
<context>
    <name>PropertyForm</name>
    <message>
        <source>Please fill this in.</source>
        <translation>Моля, попълнете това.</translation>
    </message>
</context>
<context>
    <name>PropertyPanel</name>
    <message>
        <source>Flow settings…</source>
        <translation>Настройки на сценария…</translation>
    </message>
    <message>
        <source>Select a step to see its settings</source>
        <translation>Изберете стъпка, за да видите настройките ѝ</translation>
    </message>
    <message>
        <source>Step name</source>
        <translation>Име на стъпката</translation>
    </message>
    <message>
        <source>Who can enter this flow, its goals, and what happens when you switch it on</source>
        <translation>Кой може да влезе в сценария, целите му и какво става, когато го включите</translation>
    </message>
</context>
<context>
    <name>RecipeGallery</name>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Всички категории</translation>
    </message>
    <message>
        <source>Close the recipes and go back</source>
        <translation>Затвори рецептите и се върни</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Условие</translation>
    </message>
    <message>
        <source>Picture of the flow</source>
        <translation>Схема на сценария</translation>
    </message>
    <message>
        <source>Ready-made automations you can use as they are or change to suit your shop.</source>
        <translation>Готови автоматизации, които можете да ползвате както са или да промените според магазина си.</translation>
    </message>
    <message>
        <source>Recipes</source>
        <translation>Рецепти</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Покажи:</translation>
    </message>
    <message>
        <source>Start from a recipe</source>
        <translation>Започнете от рецепта</translation>
    </message>
    <message>
        <source>There are no recipes in {folder}.</source>
        <translation>Няма рецепти в {folder}.</translation>
    </message>
    <message>
        <source>This recipe cannot be opened:</source>
        <translation>Тази рецепта не може да се отвори:</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Тригер</translation>
    </message>
    <message>
        <source>Use this recipe</source>
        <translation>Използвай тази рецепта</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Изчакване</translation>
    </message>
</context>
<context>
    <name>RulesEditor</name>
    <message>
        <source>A contact field…</source>
        <translation>Поле на клиента…</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>A score…</source>
        <translation>Резултат…</translation>
    </message>
    <message>
        <source>A value of the event…</source>
        <translation>Стойност от събитието…</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Добави правило</translation>
    </message>
    <message>
        <source>Goes on “yes” when &lt;b&gt;all&lt;/b&gt; of these rules are true:</source>
        <translation>Продължава по „да“, когато &lt;b&gt;всички&lt;/b&gt; тези правила са верни:</translation>
    </message>
    <message>
        <source>Goes on “yes” when &lt;b&gt;any&lt;/b&gt; of these rules is true (one is enough):</source>
        <translation>Продължава по „да“, когато &lt;b&gt;някое&lt;/b&gt; от тези правила е вярно (стига едно):</translation>
    </message>
    <message>
        <source>Goes on “yes” when this rule is true:</source>
        <translation>Продължава по „да“, когато това правило е вярно:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Имена, разделени със запетаи</translation>
    </message>
    <message>
        <source>Remove this rule</source>
        <translation>Премахни това правило</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стойност</translation>
    </message>
    <message>
        <source>and</source>
        <translation>и</translation>
    </message>
    <message>
        <source>or</source>
        <translation>или</translation>
    </message>
</context>
<context>
    <name>ShopSettings</name>
    <message>
        <source>A currency is a three-letter code such as UAH or EUR.</source>
        <translation>Валутата е код от три букви, например BGN или EUR.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валута</translation>
    </message>
    <message>
        <source>Reply and unsubscribe address</source>
        <translation>Адрес за отговори и отписване</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Име на магазина</translation>
    </message>
    <message>
        <source>Shop settings</source>
        <translation>Настройки на магазина</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часова зона</translation>
    </message>
    <message>
        <source>“{0}” is not a time zone; pick one from the list, e.g. Europe/Kyiv.</source>
        <translation>„{0}“ не е часова зона; изберете от списъка, напр. Europe/Sofia.</translation>
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
        <translation>Нещо се обърка: {error}</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>(no subject)</source>
        <translation>(без тема)</translation>
    </message>
    <message>
        <source>Advanced: HTML</source>
        <translation>HTML код</translation>
    </message>
    <message>
        <source>B</source>
        <translation>Ч</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Удебелен</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Списък с точки</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>Бутон</translation>
    </message>
    <message>
        <source>Button link</source>
        <translation>Връзка с бутон</translation>
    </message>
    <message>
        <source>Button link…</source>
        <translation>Връзка с бутон…</translation>
    </message>
    <message>
        <source>Coupon code</source>
        <translation>Код на купона</translation>
    </message>
    <message>
        <source>Coupon expiry date</source>
        <translation>Валидност на купона</translation>
    </message>
    <message>
        <source>Coupon value</source>
        <translation>Стойност на купона</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Имейл</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Имейл адрес</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>H</source>
        <translation>Заг</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <source>I</source>
        <translation>К</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Вмъкни</translation>
    </message>
    <message>
        <source>Insert a personal detail at the cursor</source>
        <translation>Вмъкни лични данни на мястото на курсора</translation>
    </message>
    <message>
        <source>Insert a personal detail: the first name, the coupon code, the unsubscribe link…</source>
        <translation>Вмъкни лични данни: име, код на купон, връзка за отписване…</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Курсив</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Връзка</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Връзка…</translation>
    </message>
    <message>
        <source>Loyalty points</source>
        <translation>Точки за лоялност</translation>
    </message>
    <message>
        <source>Mail programs that do not show formatting use the plain text. It is made from the email unless you write it.</source>
        <translation>Пощенските програми, които не показват форматиране, използват обикновения текст. Той се прави от имейла, освен ако не го напишете сами.</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Номер на поръчката</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>Сума на поръчката</translation>
    </message>
    <message>
        <source>Picked product</source>
        <translation>Избран продукт</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Обикновен текст</translation>
    </message>
    <message>
        <source>Preview for a sample contact</source>
        <translation>Преглед за примерен клиент</translation>
    </message>
    <message>
        <source>Referral code</source>
        <translation>Код за препоръка</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Име на магазина</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>The email text</source>
        <translation>Текстът на имейла</translation>
    </message>
    <message>
        <source>The email&apos;s HTML source, for those who know HTML. Personal details are {{ … }} tags.</source>
        <translation>HTML кодът на имейла — за тези, които познават HTML. Личните данни са етикети {{ … }}.</translation>
    </message>
    <message>
        <source>The plain-text version</source>
        <translation>Версията с обикновен текст</translation>
    </message>
    <message>
        <source>The subject line</source>
        <translation>Темата на имейла</translation>
    </message>
    <message>
        <source>This email uses layout the visual editor cannot show exactly. Editing it here simplifies it; the Advanced: HTML tab keeps it as it is.</source>
        <translation>Този имейл има оформление, което визуалният редактор не може да покаже точно. Редактирането тук го опростява; разделът „HTML код“ го запазва както е.</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Ниво</translation>
    </message>
    <message>
        <source>Unsubscribe link</source>
        <translation>Връзка за отписване</translation>
    </message>
    <message>
        <source>Visit the shop</source>
        <translation>Към магазина</translation>
    </message>
    <message>
        <source>Web address the button leads to:</source>
        <translation>Уеб адрес, към който води бутонът:</translation>
    </message>
    <message>
        <source>Web address the selected words lead to (leave empty to remove the link):</source>
        <translation>Уеб адрес, към който водят избраните думи (оставете празно, за да махнете връзката):</translation>
    </message>
    <message>
        <source>Write the plain-text version myself</source>
        <translation>Ще напиша текстовата версия сам</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>Вашият магазин</translation>
    </message>
    <message>
        <source>{0} cannot be read: {1}</source>
        <translation>{0} не може да се прочете: {1}</translation>
    </message>
    <message>
        <source>{0} has a mistake on line {1}: {2}</source>
        <translation>{0} има грешка на ред {1}: {2}</translation>
    </message>
    <message>
        <source>{0}, or “{1}”</source>
        <translation>{0} или „{1}“</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&lt;b&gt;Demo data is loaded&lt;/b&gt;: {customers} made-up customers and {orders} orders. Try a recipe on them, and remove them before you bring in your own shop.</source>
        <translation>&lt;b&gt;Демо данните са заредени&lt;/b&gt;: {customers} измислени клиенти и {orders} поръчки. Пробвайте рецепта върху тях и ги изтрийте, преди да внесете собствения си магазин.</translation>
    </message>
    <message>
        <source>Bring in the customer and order CSV files exported from Shopify.</source>
        <translation>Внесете CSV файловете с клиенти и поръчки, експортирани от Shopify.</translation>
    </message>
    <message>
        <source>Bring your customers back with small automations that you draw yourself and try on your own order history first. How would you like to start?</source>
        <translation>Връщайте клиентите си с малки автоматизации, които чертаете сами и първо пробвате върху собствената си история на поръчките. Как искате да започнете?</translation>
    </message>
    <message numerus="yes">
        <source>Building a demo shop with %n customers…</source>
        <translation>
            <numerusform>Създаваме демо магазин с %n клиент…</numerusform>
            <numerusform>Създаваме демо магазин с %n клиента…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Explore %n made-up customers and their orders; remove them in one click.</source>
        <translation>
            <numerusform>Разгледайте %n измислен клиент и поръчките му; изтривате ги с едно щракване.</numerusform>
            <numerusform>Разгледайте %n измислени клиента и поръчките им; изтривате ги с едно щракване.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import my shop&apos;s exports</source>
        <translation>Импортирай данните на магазина ми</translation>
    </message>
    <message>
        <source>Opening your workspace…</source>
        <translation>Отваряме работната ви база…</translation>
    </message>
    <message>
        <source>Pick a ready-made automation, like a thank-you coupon or a win-back.</source>
        <translation>Изберете готова автоматизация, например купон за благодарност или връщане на стари клиенти.</translation>
    </message>
    <message>
        <source>Remove demo data</source>
        <translation>Изтрий демо данните</translation>
    </message>
    <message>
        <source>Removing the demo data…</source>
        <translation>Изтриваме демо данните…</translation>
    </message>
    <message>
        <source>Start from a recipe</source>
        <translation>Започнете от рецепта</translation>
    </message>
    <message>
        <source>Try a demo shop</source>
        <translation>Пробвайте демо магазин</translation>
    </message>
    <message>
        <source>Welcome to Boomerang</source>
        <translation>Добре дошли в Boomerang</translation>
    </message>
</context>
</TS>
