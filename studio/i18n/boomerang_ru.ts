<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Backtest…</source>
        <translation>Проверить на &amp;истории…</translation>
    </message>
    <message>
        <source>&amp;Check flow</source>
        <translation>&amp;Проверить сценарий</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>&amp;Вместить в окно</translation>
    </message>
    <message>
        <source>&amp;Import store data…</source>
        <translation>&amp;Импорт данных магазина…</translation>
    </message>
    <message>
        <source>&amp;New flow</source>
        <translation>&amp;Новый сценарий</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Вст&amp;авить</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>При&amp;остановить</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыйти</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Пов&amp;торить</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Tidy up (auto-layout)</source>
        <translation>Упо&amp;рядочить (автоматически)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Actual &amp;size</source>
        <translation>Реальный р&amp;азмер</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Выре&amp;зать</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Дублировать</translation>
    </message>
    <message>
        <source>F&amp;low</source>
        <translation>&amp;Сценарий</translation>
    </message>
    <message>
        <source>Flow &amp;settings…</source>
        <translation>&amp;Настройки сценария…</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Н&amp;едавние</translation>
    </message>
    <message>
        <source>Running flows for real comes in the next version of Boomerang. Until then, backtest a flow to see what it would have done.</source>
        <translation>Настоящий запуск сценариев появится в следующей версии Boomerang. А пока проверьте сценарий на истории заказов и посмотрите, что бы он сделал.</translation>
    </message>
    <message>
        <source>S&amp;hop settings…</source>
        <translation>Настройки &amp;магазина…</translation>
    </message>
    <message>
        <source>Save &amp;as file…</source>
        <translation>Сохранить &amp;как файл…</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Выделить &amp;всё</translation>
    </message>
    <message>
        <source>Start from a &amp;recipe…</source>
        <translation>Начать с &amp;рецепта…</translation>
    </message>
    <message>
        <source>Switch &amp;on</source>
        <translation>&amp;Включить</translation>
    </message>
    <message>
        <source>Who can enter this flow, the goals that end a run early, and what happens when you switch it on</source>
        <translation>Кто может войти в сценарий, цели, которые досрочно завершают путь покупателя, и что будет, когда вы его включите</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>У&amp;меньшить</translation>
    </message>
</context>
<context>
    <name>BacktestDialog</name>
    <message numerus="yes">
        <source>%Ln contact entered the flow at “{step}” during the backtest.</source>
        <translation>
            <numerusform>Во время проверки %Ln покупатель вошёл в сценарий на шаге «{step}».</numerusform>
            <numerusform>Во время проверки %Ln покупателя вошли в сценарий на шаге «{step}».</numerusform>
            <numerusform>Во время проверки %Ln покупателей вошли в сценарий на шаге «{step}».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact reached “{step}” during the backtest.</source>
        <translation>
            <numerusform>Во время проверки до шага «{step}» дошёл %Ln покупатель.</numerusform>
            <numerusform>Во время проверки до шага «{step}» дошли %Ln покупателя.</numerusform>
            <numerusform>Во время проверки до шага «{step}» дошли %Ln покупателей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact reached “{step}” during the backtest:</source>
        <translation>
            <numerusform>Во время проверки до шага «{step}» дошёл %Ln покупатель:</numerusform>
            <numerusform>Во время проверки до шага «{step}» дошли %Ln покупателя:</numerusform>
            <numerusform>Во время проверки до шага «{step}» дошли %Ln покупателей:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts entered the flow at “{step}” during the backtest.</source>
        <translation>
            <numerusform>Во время проверки %Ln покупатель вошёл в сценарий на шаге «{step}».</numerusform>
            <numerusform>Во время проверки %Ln покупателя вошли в сценарий на шаге «{step}».</numerusform>
            <numerusform>Во время проверки %Ln покупателей вошли в сценарий на шаге «{step}».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts reached “{step}” during the backtest.</source>
        <translation>
            <numerusform>Во время проверки до шага «{step}» дошёл %Ln покупатель.</numerusform>
            <numerusform>Во время проверки до шага «{step}» дошли %Ln покупателя.</numerusform>
            <numerusform>Во время проверки до шага «{step}» дошли %Ln покупателей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts reached “{step}” during the backtest:</source>
        <translation>
            <numerusform>Во время проверки до шага «{step}» дошёл %Ln покупатель:</numerusform>
            <numerusform>Во время проверки до шага «{step}» дошли %Ln покупателя:</numerusform>
            <numerusform>Во время проверки до шага «{step}» дошли %Ln покупателей:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln done</source>
        <translation>
            <numerusform>%Ln выполнено</numerusform>
            <numerusform>%Ln выполнено</numerusform>
            <numerusform>%Ln выполнено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln issued</source>
        <translation>
            <numerusform>%Ln выдано</numerusform>
            <numerusform>%Ln выдано</numerusform>
            <numerusform>%Ln выдано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sent</source>
        <translation>
            <numerusform>%Ln отправлено</numerusform>
            <numerusform>%Ln отправлено</numerusform>
            <numerusform>%Ln отправлено</numerusform>
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
            <numerusform>%Ln с тегом</numerusform>
            <numerusform>%Ln с тегом</numerusform>
            <numerusform>%Ln с тегом</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln untagged</source>
        <translation>
            <numerusform>%Ln без тега</numerusform>
            <numerusform>%Ln без тега</numerusform>
            <numerusform>%Ln без тега</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coupon issued</source>
        <translation>
            <numerusform>%n купон выдан</numerusform>
            <numerusform>%n купона выдано</numerusform>
            <numerusform>%n купонов выдано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coupons issued</source>
        <translation>
            <numerusform>%n купон выдан</numerusform>
            <numerusform>%n купона выдано</numerusform>
            <numerusform>%n купонов выдано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n email sent</source>
        <translation>
            <numerusform>%n письмо отправлено</numerusform>
            <numerusform>%n письма отправлено</numerusform>
            <numerusform>%n писем отправлено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n emails sent</source>
        <translation>
            <numerusform>%n письмо отправлено</numerusform>
            <numerusform>%n письма отправлено</numerusform>
            <numerusform>%n писем отправлено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field filled in</source>
        <translation>
            <numerusform>%n поле заполнено</numerusform>
            <numerusform>%n поля заполнено</numerusform>
            <numerusform>%n полей заполнено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fields filled in</source>
        <translation>
            <numerusform>%n поле заполнено</numerusform>
            <numerusform>%n поля заполнено</numerusform>
            <numerusform>%n полей заполнено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note to you</source>
        <translation>
            <numerusform>%n заметка для вас</numerusform>
            <numerusform>%n заметки для вас</numerusform>
            <numerusform>%n заметок для вас</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes to you</source>
        <translation>
            <numerusform>%n заметка для вас</numerusform>
            <numerusform>%n заметки для вас</numerusform>
            <numerusform>%n заметок для вас</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points change</source>
        <translation>
            <numerusform>%n изменение баллов</numerusform>
            <numerusform>%n изменения баллов</numerusform>
            <numerusform>%n изменений баллов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points changes</source>
        <translation>
            <numerusform>%n изменение баллов</numerusform>
            <numerusform>%n изменения баллов</numerusform>
            <numerusform>%n изменений баллов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step skipped</source>
        <translation>
            <numerusform>%n шаг пропущен</numerusform>
            <numerusform>%n шага пропущено</numerusform>
            <numerusform>%n шагов пропущено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps skipped</source>
        <translation>
            <numerusform>%n шаг пропущен</numerusform>
            <numerusform>%n шага пропущено</numerusform>
            <numerusform>%n шагов пропущено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag added</source>
        <translation>
            <numerusform>%n тег добавлен</numerusform>
            <numerusform>%n тега добавлено</numerusform>
            <numerusform>%n тегов добавлено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag removed</source>
        <translation>
            <numerusform>%n тег убран</numerusform>
            <numerusform>%n тега убрано</numerusform>
            <numerusform>%n тегов убрано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tags added</source>
        <translation>
            <numerusform>%n тег добавлен</numerusform>
            <numerusform>%n тега добавлено</numerusform>
            <numerusform>%n тегов добавлено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tags removed</source>
        <translation>
            <numerusform>%n тег убран</numerusform>
            <numerusform>%n тега убрано</numerusform>
            <numerusform>%n тегов убрано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsubscribed</source>
        <translation>
            <numerusform>%n отписан от рассылок</numerusform>
            <numerusform>%n отписано от рассылок</numerusform>
            <numerusform>%n отписано от рассылок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n webhook call</source>
        <translation>
            <numerusform>%n вызов вебхука</numerusform>
            <numerusform>%n вызова вебхука</numerusform>
            <numerusform>%n вызовов вебхука</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n webhook calls</source>
        <translation>
            <numerusform>%n вызов вебхука</numerusform>
            <numerusform>%n вызова вебхука</numerusform>
            <numerusform>%n вызовов вебхука</numerusform>
        </translation>
    </message>
    <message>
        <source>, no action was taken</source>
        <translation>, никаких действий не выполнено</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; customer entered the flow</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; покупатель вошёл в сценарий</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; покупателя вошли в сценарий</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; покупателей вошли в сценарий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; customers entered the flow</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; покупатель вошёл в сценарий</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; покупателя вошли в сценарий</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; покупателей вошли в сценарий</numerusform>
        </translation>
    </message>
    <message>
        <source>Backtest stopped. Nothing was changed.</source>
        <translation>Проверка остановлена. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Backtest: {name}</source>
        <translation>Проверка: {name}</translation>
    </message>
    <message>
        <source>Boomerang replays the period through this flow on a copy of your data. Nothing is sent and nothing in your shop changes.</source>
        <translation>Boomerang прогоняет этот период через сценарий на копии ваших данных. Ничего не отправляется, и в вашем магазине ничего не меняется.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Choose a period and press “Run backtest”.</source>
        <translation>Выберите период и нажмите «Запустить проверку».</translation>
    </message>
    <message>
        <source>Choose a row to see the email it would have sent.</source>
        <translation>Выберите строку, чтобы увидеть письмо.</translation>
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
        <translation>Дата и время — в часовом поясе магазина, {zone}</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Email: {subject}</source>
        <translation>Письмо: {subject}</translation>
    </message>
    <message>
        <source>Field set</source>
        <translation>Заполнено поле</translation>
    </message>
    <message>
        <source>Field “{field}” set to “{value}”</source>
        <translation>Поле «{field}» = «{value}»</translation>
    </message>
    <message>
        <source>Filled in again from the flow&apos;s template with this customer&apos;s details as they are today; their points and tags may have differed then.</source>
        <translation>Заполнено заново из шаблона сценария по текущим данным покупателя; его баллы и теги тогда могли быть другими.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Note to you</source>
        <translation>Заметка для вас</translation>
    </message>
    <message>
        <source>Note to you: {message}</source>
        <translation>Заметка для вас: {message}</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Replaying {first} – {last}…</source>
        <translation>Прогоняем {first} – {last}…</translation>
    </message>
    <message>
        <source>Replaying… %p%</source>
        <translation>Прогоняем… %p%</translation>
    </message>
    <message>
        <source>Run backtest</source>
        <translation>Запустить проверку</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Останавливаем…</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Tag added</source>
        <translation>Добавлен тег</translation>
    </message>
    <message>
        <source>Tag added: {tag}</source>
        <translation>Добавлен тег: {tag}</translation>
    </message>
    <message>
        <source>Tag removed</source>
        <translation>Убран тег</translation>
    </message>
    <message>
        <source>Tag removed: {tags}</source>
        <translation>Убран тег: {tags}</translation>
    </message>
    <message>
        <source>The backtest could not run: {message}</source>
        <translation>Не удалось запустить проверку: {message}</translation>
    </message>
    <message>
        <source>The first day of the period comes after the last one.</source>
        <translation>Первый день периода позже последнего.</translation>
    </message>
    <message>
        <source>This email cannot be previewed: {error}</source>
        <translation>Это письмо не получается показать: {error}</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Try “{name}” on your past orders</source>
        <translation>Проверьте «{name}» на прошлых заказах</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Отписан</translation>
    </message>
    <message>
        <source>Unsubscribed from marketing email</source>
        <translation>Отписан от рассылок</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Вебхук</translation>
    </message>
    <message>
        <source>Webhook call to {url}</source>
        <translation>Вызов вебхука {url}</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>When (shop time)</source>
        <translation>Когда (время магазина)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>already had the tag</source>
        <translation>тег уже был</translation>
    </message>
    <message>
        <source>already unsubscribed</source>
        <translation>уже отписан</translation>
    </message>
    <message>
        <source>did not have the tag</source>
        <translation>тега не было</translation>
    </message>
    <message>
        <source>free shipping</source>
        <translation>бесплатная доставка</translation>
    </message>
    <message>
        <source>no email address</source>
        <translation>нет адреса эл. почты</translation>
    </message>
    <message>
        <source>no marketing consent</source>
        <translation>нет согласия на рассылки</translation>
    </message>
    <message>
        <source>no order to work from</source>
        <translation>нет подходящего заказа</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>причина не указана</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>нечего менять</translation>
    </message>
    <message>
        <source>points</source>
        <translation>баллы</translation>
    </message>
    <message>
        <source>the cashback was below the minimum</source>
        <translation>кешбэк меньше минимума</translation>
    </message>
    <message>
        <source>the email could not be filled in</source>
        <translation>не удалось заполнить письмо</translation>
    </message>
    <message>
        <source>the email shows a coupon, but no coupon was given</source>
        <translation>в письме есть купон, но купон не выдан</translation>
    </message>
    <message>
        <source>the field was already filled in</source>
        <translation>поле уже заполнено</translation>
    </message>
    <message>
        <source>the tag came out empty</source>
        <translation>тег получился пустым</translation>
    </message>
    <message>
        <source>this customer is no longer in the workspace</source>
        <translation>этого покупателя больше нет в рабочей базе</translation>
    </message>
    <message>
        <source>this step cannot run in a backtest</source>
        <translation>этот шаг нельзя выполнить при проверке</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>{0} entered</source>
        <translation>Вошли: {0}</translation>
    </message>
    <message>
        <source>{0} reached</source>
        <translation>Дошли: {0}</translation>
    </message>
    <message>
        <source>{amount} % off</source>
        <translation>скидка {amount} %</translation>
    </message>
    <message>
        <source>{amount} {currency} off</source>
        <translation>скидка {amount} {currency}</translation>
    </message>
    <message>
        <source>{sign}{amount} {account} (now {balance})</source>
        <translation>{sign}{amount} {account} (теперь {balance})</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <source>Cannot connect: {0}</source>
        <translation>Не удаётся соединить: {0}</translation>
    </message>
    <message>
        <source>Delete {0} item(s)</source>
        <translation>Удалить элементы ({0})</translation>
    </message>
    <message>
        <source>Overview: click or drag to move around the flow</source>
        <translation>Обзор: нажмите или перетащите, чтобы перемещаться по сценарию</translation>
    </message>
    <message>
        <source>This step has a problem:</source>
        <translation>В этом шаге есть проблема:</translation>
    </message>
    <message>
        <source>This step has {0} problems:</source>
        <translation>В этом шаге есть проблемы ({0}):</translation>
    </message>
    <message>
        <source>Unknown kind of step</source>
        <translation>Неизвестный вид шага</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Add {0}</source>
        <translation>Добавить: {0}</translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation>Автоматическое упорядочивание</translation>
    </message>
    <message>
        <source>Change flow settings</source>
        <translation>Изменить настройки сценария</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>Изменить настройки</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Соединить</translation>
    </message>
    <message>
        <source>Delete {0} step(s)</source>
        <translation>Удалить шаги ({0})</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Разъединить</translation>
    </message>
    <message>
        <source>Move {0} step(s)</source>
        <translation>Переместить шаги ({0})</translation>
    </message>
    <message>
        <source>Paste {0} step(s)</source>
        <translation>Вставить шаги ({0})</translation>
    </message>
    <message>
        <source>Rename step</source>
        <translation>Переименовать шаг</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Boomerang closed before your changes to “{0}” were saved. Restore them?</source>
        <translation>Boomerang закрылся до того, как изменения в «{0}» были сохранены. Восстановить их?</translation>
    </message>
    <message>
        <source>Cannot open this file</source>
        <translation>Не удаётся открыть этот файл</translation>
    </message>
    <message>
        <source>New flow</source>
        <translation>Новый сценарий</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Open flow</source>
        <translation>Открыть сценарий</translation>
    </message>
    <message>
        <source>Restore unsaved changes?</source>
        <translation>Восстановить несохранённые изменения?</translation>
    </message>
    <message>
        <source>Save flow as file</source>
        <translation>Сохранить сценарий как файл</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
</context>
<context>
    <name>FlowSettings</name>
    <message>
        <source>A customer is never in the same flow twice at the same time.</source>
        <translation>Покупатель никогда не проходит один и тот же сценарий дважды одновременно.</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>Добавить цель</translation>
    </message>
    <message>
        <source>Again, but only {0} days after they last entered</source>
        <translation>Снова, но не раньше чем через {0} дн. после последнего входа</translation>
    </message>
    <message>
        <source>Again, once their previous run has finished</source>
        <translation>Снова, когда предыдущий путь уже закончился</translation>
    </message>
    <message>
        <source>Also start it for customers who already qualify today</source>
        <translation>Запустить и для покупателей, которые подходят уже сегодня</translation>
    </message>
    <message>
        <source>An order counts only when it holds a product that a “Pick products” step of this run chose for the customer.</source>
        <translation>Заказ засчитывается, только если в нём есть товар, который шаг «Подобрать товары» на этом пути подобрал для покупателя.</translation>
    </message>
    <message>
        <source>Applies only to a flow with an “Inactive for N days” trigger. This flow starts for each customer when its trigger happens.</source>
        <translation>Действует только для сценария с триггером «Неактивен N дней». Этот сценарий запускается для каждого покупателя, когда срабатывает его триггер.</translation>
    </message>
    <message>
        <source>Flow settings — {0}</source>
        <translation>Настройки сценария — {0}</translation>
    </message>
    <message>
        <source>Goal — end the run early, as a success, when the customer…</source>
        <translation>Цель — досрочно и успешно завершить путь, когда покупатель…</translation>
    </message>
    <message>
        <source>No goal: every run goes on to its last step.</source>
        <translation>Цели нет: каждый путь идёт до последнего шага.</translation>
    </message>
    <message>
        <source>Not only for those who cross the line from now on: with “Inactive for N days”, everyone who has gone that long or longer without an order enters on the day you switch the flow on.</source>
        <translation>Не только для тех, кто перейдёт черту с этого момента: с «Неактивен N дней» все, кто столько или дольше не делал заказов, войдут в сценарий в тот день, когда вы его включите.</translation>
    </message>
    <message>
        <source>Once — a customer goes through this flow at most once</source>
        <translation>Один раз — покупатель проходит этот сценарий не больше одного раза</translation>
    </message>
    <message>
        <source>Remove this goal</source>
        <translation>Убрать эту цель</translation>
    </message>
    <message>
        <source>Type the event&apos;s name for goal {0}, or remove that goal.</source>
        <translation>Введите название события для цели {0} или уберите эту цель.</translation>
    </message>
    <message>
        <source>When one of these happens while a customer is in the flow, their run stops there and counts as a success: the steps still ahead of them are skipped.</source>
        <translation>Если что-то из этого происходит, пока покупатель в сценарии, его путь на этом останавливается и считается успешным: оставшиеся шаги пропускаются.</translation>
    </message>
    <message>
        <source>When you switch the flow on</source>
        <translation>Когда вы включаете сценарий</translation>
    </message>
    <message>
        <source>Who can enter</source>
        <translation>Кто может войти</translation>
    </message>
    <message>
        <source>answers the NPS survey</source>
        <translation>ответит на опрос NPS</translation>
    </message>
    <message>
        <source>event name, e.g. complaint</source>
        <translation>название события, напр. complaint</translation>
    </message>
    <message>
        <source>leaves a review</source>
        <translation>оставит отзыв</translation>
    </message>
    <message>
        <source>only an order with a product this flow suggested</source>
        <translation>только заказ с товаром, который предложил этот сценарий</translation>
    </message>
    <message>
        <source>other event…</source>
        <translation>другое событие…</translation>
    </message>
    <message>
        <source>places an order</source>
        <translation>оформит заказ</translation>
    </message>
    <message>
        <source>replies to an email</source>
        <translation>ответит на письмо</translation>
    </message>
    <message>
        <source>submits a form</source>
        <translation>заполнит форму</translation>
    </message>
</context>
<context>
    <name>Flows</name>
    <message>
        <source>Last change</source>
        <translation>Последнее изменение</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>No flows yet</source>
        <translation>Сценариев пока нет</translation>
    </message>
    <message>
        <source>Opening your workspace…</source>
        <translation>Открываем вашу рабочую базу…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>saved flow</source>
        <translation>сохранённый сценарий</translation>
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
        <translation>Отменить импорт</translation>
    </message>
    <message>
        <source>Choose at least one file.</source>
        <translation>Выберите хотя бы один файл.</translation>
    </message>
    <message>
        <source>Choose export</source>
        <translation>Выбрать экспорт</translation>
    </message>
    <message>
        <source>Choose the CSV files you exported from Shopify (Customers → Export, Orders → Export). Importing the same files again changes nothing.</source>
        <translation>Выберите CSV-файлы, выгруженные из Shopify (Клиенты → Экспорт, Заказы → Экспорт). Повторный импорт тех же файлов ничего не изменит.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Customers export (CSV)</source>
        <translation>Экспорт клиентов (CSV)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Импорт отменён: ничего не изменено.</translation>
    </message>
    <message>
        <source>Import store data</source>
        <translation>Импорт данных магазина</translation>
    </message>
    <message>
        <source>Importing… you can keep working.</source>
        <translation>Импортируем… можно продолжать работу.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Nothing was imported: {0}</source>
        <translation>Ничего не импортировано: {0}</translation>
    </message>
    <message>
        <source>Orders export (CSV)</source>
        <translation>Экспорт заказов (CSV)</translation>
    </message>
    <message>
        <source>Why it was skipped</source>
        <translation>Почему пропущено</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>{0}: {1} new, {2} updated, {3} skipped</source>
        <translation>{0}: новых {1}, обновлено {2}, пропущено {3}</translation>
    </message>
</context>
<context>
    <name>ListEditors</name>
    <message>
        <source>Add branch</source>
        <translation>Добавить ветку</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Ветка</translation>
    </message>
    <message>
        <source>Names separated by commas</source>
        <translation>Названия через запятую</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>SKUs or product titles, separated by commas</source>
        <translation>Артикулы или названия товаров через запятую</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Total: {0} %</source>
        <translation>Всего: {0} %</translation>
    </message>
    <message>
        <source>{0} — must be 100 %</source>
        <translation>{0} — должно быть 100 %</translation>
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
        <translation>Черновик</translation>
    </message>
    <message>
        <source>New flow</source>
        <translation>Новый сценарий</translation>
    </message>
    <message>
        <source>No problems: this flow is ready.</source>
        <translation>Проблем нет: сценарий готов.</translation>
    </message>
    <message>
        <source>Nothing to paste</source>
        <translation>Нечего вставлять</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>Сохранить изменения?</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Your flows</source>
        <translation>Ваши сценарии</translation>
    </message>
    <message>
        <source>{0} problem(s): see the Problems panel.</source>
        <translation>Проблем: {0}. См. панель «Проблемы».</translation>
    </message>
    <message>
        <source>“{0}” has changes that are not saved. Save them before you go on?</source>
        <translation>В сценарии «{0}» есть несохранённые изменения. Сохранить их, прежде чем продолжить?</translation>
    </message>
</context>
<context>
    <name>NodeCatalog</name>
    <message>
        <source>...with this value (leave empty for any value).</source>
        <translation>...с этим значением (пусто — любое значение).</translation>
    </message>
    <message>
        <source>0 starts on the day itself.</source>
        <translation>0 — в сам день.</translation>
    </message>
    <message>
        <source>0 starts on the day the points expire.</source>
        <translation>0 — в день, когда баллы сгорают.</translation>
    </message>
    <message>
        <source>A code is only worth creating when the email that carries it may be sent: contacts who do not accept email marketing are skipped.</source>
        <translation>Код стоит создавать, только если письмо с ним можно отправить: покупатели без согласия на рассылки пропускаются.</translation>
    </message>
    <message>
        <source>A contact field that receives the time of the check; leave empty to record it in the activity log only.</source>
        <translation>Поле покупателя, куда записать время проверки; оставьте пустым, чтобы записать только в журнал действий.</translation>
    </message>
    <message>
        <source>A custom field holding a YYYY-MM-DD date.</source>
        <translation>Своё поле с датой в формате ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>A friend used the referral code</source>
        <translation>Друг воспользовался реферальным кодом</translation>
    </message>
    <message>
        <source>A score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Accepts email marketing</source>
        <translation>Согласен на рассылки</translation>
    </message>
    <message>
        <source>Accessories</source>
        <translation>Аксессуары</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Начислить</translation>
    </message>
    <message>
        <source>Add or remove points</source>
        <translation>Изменить баллы</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Добавить тег</translation>
    </message>
    <message>
        <source>Adds a tag to the contact (other flows may start on it).</source>
        <translation>Добавляет покупателю тег (с него могут начинаться другие сценарии).</translation>
    </message>
    <message>
        <source>Adds to or subtracts from the contact&apos;s loyalty points or a named score.</source>
        <translation>Начисляет или списывает бонусные баллы покупателя или баллы именованной оценки.</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>Все правила</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Anniversary of the first purchase</source>
        <translation>Годовщина первой покупки</translation>
    </message>
    <message>
        <source>Another date field</source>
        <translation>Другое поле с датой</translation>
    </message>
    <message>
        <source>Any rule</source>
        <translation>Любое правило</translation>
    </message>
    <message>
        <source>At least (times)</source>
        <translation>Не меньше (раз)</translation>
    </message>
    <message>
        <source>At least this many points expiring</source>
        <translation>Сгорает не меньше стольких баллов</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <source>Best sellers of a collection</source>
        <translation>Хиты продаж коллекции</translation>
    </message>
    <message>
        <source>Birthday (field birth_date)</source>
        <translation>День рождения (поле birth_date)</translation>
    </message>
    <message>
        <source>Bought together with the order (by other customers)</source>
        <translation>Покупают вместе с этим заказом (другие покупатели)</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>Ветки</translation>
    </message>
    <message>
        <source>Call a webhook</source>
        <translation>Вызвать вебхук</translation>
    </message>
    <message>
        <source>Cashback (% of the order total)</source>
        <translation>Кешбэк (% от суммы заказа)</translation>
    </message>
    <message>
        <source>Cashback {percent} % for {expires_days} days</source>
        <translation>Кешбэк {percent} % на {expires_days} дн.</translation>
    </message>
    <message>
        <source>Check consent</source>
        <translation>Проверить согласие</translation>
    </message>
    <message>
        <source>Checks the order that started the flow: its total, products or discount code.</source>
        <translation>Проверяет заказ, с которого начался сценарий: сумму, товары или промокод.</translation>
    </message>
    <message>
        <source>Checks whether the contact accepts email marketing right now and records the check (the answer and when it was given) in the activity log and, optionally, a contact field, so you can show that consent was verified. Continues on “yes” or “no”.</source>
        <translation>Проверяет, согласен ли покупатель на рассылки прямо сейчас, и записывает проверку (ответ и время) в журнал действий и, при желании, в поле покупателя — так вы сможете показать, что согласие проверено. Дальше идёт по «да» или «нет».</translation>
    </message>
    <message>
        <source>Chooses products to show in the next emails, from the shop&apos;s own order history: the contact&apos;s favourites, what other customers bought together with this order, the best sellers of a collection, or the product a tag or event names. Emails then show them as {{ products }} (each with title, sku, price and url). Continues on “found”, or on “none” when there is nothing to show.</source>
        <translation>Подбирает товары для следующих писем по истории заказов магазина: любимые товары покупателя, что другие покупатели брали вместе с этим заказом, хиты продаж коллекции или товар, названный в теге или событии. В письмах они доступны как {{ products }} (у каждого есть title, sku, price и url). Дальше идёт по «found» или по «none», когда показать нечего.</translation>
    </message>
    <message>
        <source>Code prefix</source>
        <translation>Префикс кода</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Коллекция</translation>
    </message>
    <message>
        <source>Collections in the order</source>
        <translation>Коллекции в заказе</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Continues on “yes” when the contact has sent the event at least N times within a period, counting only events for the same value of a property as the event that started the flow (for example the same product), this one included.</source>
        <translation>Идёт по «да», когда покупатель отправил событие не меньше N раз за период; считаются только события с тем же значением свойства, что и событие, запустившее сценарий (например, тот же товар), включая его.</translation>
    </message>
    <message>
        <source>Continues on “yes” when the contact matches the rules (tags, fields, consent, orders, total spent, days since last order, RFM, points, tier), else on “no”.</source>
        <translation>Идёт по «да», когда покупатель подходит под правила (теги, поля, согласие, заказы, сумма покупок, дней с последнего заказа, RFM, баллы, уровень), иначе — по «нет».</translation>
    </message>
    <message>
        <source>Count only events with the same</source>
        <translation>Считать только события с тем же</translation>
    </message>
    <message>
        <source>Create a task</source>
        <translation>Создать задачу</translation>
    </message>
    <message>
        <source>Creates a unique coupon code for this contact; later emails can show it as {{ coupon.code }}.</source>
        <translation>Создаёт уникальный код купона для этого покупателя; следующие письма могут показать его как {{ coupon.code }}.</translation>
    </message>
    <message>
        <source>Customer signed up</source>
        <translation>Регистрация клиента</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Date reached</source>
        <translation>Наступила дата</translation>
    </message>
    <message>
        <source>Days before</source>
        <translation>За сколько дней</translation>
    </message>
    <message>
        <source>Days since last order</source>
        <translation>Дней с последнего заказа</translation>
    </message>
    <message>
        <source>Days since last purchase</source>
        <translation>Дней с последней покупки</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <source>Discount code used</source>
        <translation>Использован промокод</translation>
    </message>
    <message>
        <source>Earlier events count when they came this long before, or less.</source>
        <translation>Более ранние события учитываются, если были не раньше, чем за это время.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Email “{template[subject]}”</source>
        <translation>Письмо «{template[subject]}»</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Конец</translation>
    </message>
    <message>
        <source>End ({outcome})</source>
        <translation>Конец ({outcome})</translation>
    </message>
    <message>
        <source>Ends the contact&apos;s run here; “goal reached” counts it as a success.</source>
        <translation>Здесь путь покупателя заканчивается; «цель достигнута» считается успехом.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Название события</translation>
    </message>
    <message>
        <source>Event number</source>
        <translation>Номер события</translation>
    </message>
    <message>
        <source>Event property</source>
        <translation>Свойство события</translation>
    </message>
    <message>
        <source>Event property (property=value)</source>
        <translation>Свойство события (свойство=значение)</translation>
    </message>
    <message>
        <source>Event received</source>
        <translation>Пришло событие</translation>
    </message>
    <message>
        <source>Event “{event}”</source>
        <translation>Событие «{event}»</translation>
    </message>
    <message>
        <source>Every day at a time, works out each customer&apos;s RFM segment (Champions, Loyal, Potential loyalist, New, At risk, Can&apos;t lose them, Hibernating, Lost) from their recency, frequency and monetary scores, and starts for every customer whose segment tag is missing or out of date (on the first day, everyone who has purchased). The flow sees the new segment as {{ event.segment }}.</source>
        <translation>Каждый день в заданное время определяет RFM-сегмент каждого покупателя (Champions, Loyal, Potential loyalist, New, At risk, Can&apos;t lose them, Hibernating, Lost) по давности, частоте и сумме покупок и запускается для каждого, у кого тега сегмента нет или он устарел (в первый день — для всех, кто что-то покупал). Новый сегмент доступен как {{ event.segment }}.</translation>
    </message>
    <message>
        <source>Every event</source>
        <translation>Каждое событие</translation>
    </message>
    <message>
        <source>Every order</source>
        <translation>Каждый заказ</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Field name</source>
        <translation>Название поля</translation>
    </message>
    <message>
        <source>Fixed amount off</source>
        <translation>Скидка на сумму</translation>
    </message>
    <message>
        <source>Free shipping</source>
        <translation>Бесплатная доставка</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Пятница</translation>
    </message>
    <message>
        <source>Friend&apos;s discount</source>
        <translation>Скидка для друга</translation>
    </message>
    <message>
        <source>Give cashback coupon</source>
        <translation>Выдать купон-кешбэк</translation>
    </message>
    <message>
        <source>Give referral code</source>
        <translation>Дать код для друзей</translation>
    </message>
    <message>
        <source>Give up after</source>
        <translation>Перестать ждать через</translation>
    </message>
    <message>
        <source>Gives back a share of the triggering order&apos;s total as a single-use coupon for a fixed amount off the next order; later emails show it as {{ coupon.code }} and {{ coupon.value }}.</source>
        <translation>Возвращает часть суммы заказа одноразовым купоном на фиксированную скидку на следующий заказ; следующие письма показывают его как {{ coupon.code }} и {{ coupon.value }}.</translation>
    </message>
    <message>
        <source>Gives the contact a personal referral code for friends (the same code every time) and creates it in the store as a reusable discount; later emails show it as {{ referral.code }}. An order that uses it starts “Referral code used” for the contact.</source>
        <translation>Даёт покупателю личный реферальный код для друзей (каждый раз один и тот же) и создаёт его в магазине как многоразовую скидку; следующие письма показывают его как {{ referral.code }}. Заказ с этим кодом запускает для покупателя триггер «Друг использовал код».</translation>
    </message>
    <message>
        <source>Goal reached</source>
        <translation>Цель достигнута</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Сколько</translation>
    </message>
    <message>
        <source>If contact…</source>
        <translation>Если покупатель…</translation>
    </message>
    <message>
        <source>If event repeated…</source>
        <translation>Если повтор события…</translation>
    </message>
    <message>
        <source>If the order…</source>
        <translation>Если заказ…</translation>
    </message>
    <message>
        <source>If {rules}</source>
        <translation>Если {rules}</translation>
    </message>
    <message>
        <source>In the shop&apos;s time zone.</source>
        <translation>В часовом поясе магазина.</translation>
    </message>
    <message>
        <source>Inactive for N days</source>
        <translation>Неактивен N дней</translation>
    </message>
    <message>
        <source>Issue coupon</source>
        <translation>Выдать купон</translation>
    </message>
    <message>
        <source>Kind of email</source>
        <translation>Тип письма</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Leave empty for any total.</source>
        <translation>Оставьте пустым для любой суммы.</translation>
    </message>
    <message>
        <source>Leave out what the contact already bought</source>
        <translation>Не предлагать то, что покупатель уже купил</translation>
    </message>
    <message>
        <source>Loyalty points</source>
        <translation>Бонусные баллы</translation>
    </message>
    <message>
        <source>Marketing (needs consent)</source>
        <translation>Маркетинговое (нужно согласие)</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Нужно</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Что считать</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>Minimum order total</source>
        <translation>Минимальная сумма заказа</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Понедельник</translation>
    </message>
    <message>
        <source>Moves up to: {tiers}</source>
        <translation>Переходит на: {tiers}</translation>
    </message>
    <message>
        <source>Multiplies the amount by the order total (1 point per hryvnia).</source>
        <translation>Умножает количество на сумму заказа (1 балл за единицу валюты).</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Новый покупатель</translation>
    </message>
    <message>
        <source>Notify me / create task</source>
        <translation>Уведомить меня</translation>
    </message>
    <message>
        <source>Notify: {message}</source>
        <translation>Уведомить: {message}</translation>
    </message>
    <message>
        <source>Number of orders</source>
        <translation>Количество заказов</translation>
    </message>
    <message>
        <source>Only events with the same value as the triggering event count; leave empty to count every event of that name.</source>
        <translation>Считаются только события с тем же значением, что и событие-триггер; оставьте пустым, чтобы считать все события с этим названием.</translation>
    </message>
    <message>
        <source>Only for contacts who accept email marketing</source>
        <translation>Только покупателям с согласием на рассылки</translation>
    </message>
    <message>
        <source>Only if the field is empty</source>
        <translation>Только если поле пустое</translation>
    </message>
    <message>
        <source>Only into these tiers</source>
        <translation>Только на эти уровни</translation>
    </message>
    <message>
        <source>Only on</source>
        <translation>Только в дни</translation>
    </message>
    <message>
        <source>Only the Nth event within a period</source>
        <translation>Только N-е событие за период</translation>
    </message>
    <message>
        <source>Only the Nth order</source>
        <translation>Только N-й заказ</translation>
    </message>
    <message>
        <source>Only the first order</source>
        <translation>Только первый заказ</translation>
    </message>
    <message>
        <source>Only when property</source>
        <translation>Только когда свойство</translation>
    </message>
    <message>
        <source>Only with products from these collections</source>
        <translation>Только с товарами из этих коллекций</translation>
    </message>
    <message>
        <source>Only with these products</source>
        <translation>Только с этими товарами</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Optional: a property name the event must carry...</source>
        <translation>Необязательно: название свойства, которое должно быть в событии...</translation>
    </message>
    <message>
        <source>Optional: a property name, such as product. Then each product is counted on its own, and an event without that property starts nothing.</source>
        <translation>Необязательно: название свойства, например product. Тогда каждый товар считается отдельно, а событие без этого свойства ничего не запускает.</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Номер заказа</translation>
    </message>
    <message>
        <source>Order placed</source>
        <translation>Оформлен заказ</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>Сумма заказа</translation>
    </message>
    <message>
        <source>Orders whose cashback is less than this get no coupon.</source>
        <translation>Заказы с кешбэком меньше этого купон не получают.</translation>
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
        <translation>За единицу валюты заказа</translation>
    </message>
    <message>
        <source>Percentage off</source>
        <translation>Скидка в процентах</translation>
    </message>
    <message>
        <source>Pick products</source>
        <translation>Подобрать товары</translation>
    </message>
    <message>
        <source>Pick {limit} products ({source})</source>
        <translation>Подобрать {limit} товаров ({source})</translation>
    </message>
    <message>
        <source>Points about to expire</source>
        <translation>Баллы скоро сгорят</translation>
    </message>
    <message>
        <source>Points expire after (days)</source>
        <translation>Баллы сгорают через (дней)</translation>
    </message>
    <message>
        <source>Points or score reached</source>
        <translation>Набран порог баллов</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>Products in the order</source>
        <translation>Товары в заказе</translation>
    </message>
    <message>
        <source>RFM frequency (1–5)</source>
        <translation>RFM: частота (1–5)</translation>
    </message>
    <message>
        <source>RFM monetary (1–5)</source>
        <translation>RFM: сумма (1–5)</translation>
    </message>
    <message>
        <source>RFM recency (1–5)</source>
        <translation>RFM: давность (1–5)</translation>
    </message>
    <message>
        <source>RFM segment changed</source>
        <translation>Сменился RFM-сегмент</translation>
    </message>
    <message>
        <source>RFM segment daily at {time_of_day}</source>
        <translation>RFM-сегмент ежедневно в {time_of_day}</translation>
    </message>
    <message>
        <source>Random split (A/B)</source>
        <translation>A/B-тест</translation>
    </message>
    <message>
        <source>Record the check in field</source>
        <translation>Записать проверку в поле</translation>
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
        <translation>Купон: бесплатная доставка</translation>
    </message>
    <message>
        <source>First order only</source>
        <translation>Только первый заказ</translation>
    </message>
    <message>
        <source>Order number {nth}</source>
        <translation>Заказ № {nth}</translation>
    </message>
    <message>
        <source>Referral code used</source>
        <translation>Друг использовал код</translation>
    </message>
    <message>
        <source>Referral code: free shipping for friends</source>
        <translation>Реферальный код: бесплатная доставка для друзей</translation>
    </message>
    <message>
        <source>Referral code: friends get {value} % off</source>
        <translation>Реферальный код: друзьям −{value} %</translation>
    </message>
    <message>
        <source>Referral code: friends get {value} off</source>
        <translation>Реферальный код: друзьям −{value}</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Убрать тег</translation>
    </message>
    <message>
        <source>Removes a tag from the contact. End the tag with * to remove a family of tags, e.g. segment:*.</source>
        <translation>Убирает тег у покупателя. Закончите тег на *, чтобы убрать целую группу тегов, напр. segment:*.</translation>
    </message>
    <message>
        <source>Reset points to 0</source>
        <translation>Обнулить баллы</translation>
    </message>
    <message>
        <source>Reset score “{score}” to 0</source>
        <translation>Обнулить оценку «{score}»</translation>
    </message>
    <message>
        <source>Reset to 0</source>
        <translation>Обнулить</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Правила</translation>
    </message>
    <message>
        <source>SKUs or product titles; empty means any product.</source>
        <translation>Артикулы или названия товаров; пусто — любой товар.</translation>
    </message>
    <message>
        <source>Same value of property</source>
        <translation>То же значение свойства</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Суббота</translation>
    </message>
    <message>
        <source>Score name</source>
        <translation>Название оценки</translation>
    </message>
    <message>
        <source>Score “{score}”: {operation} {amount}</source>
        <translation>Оценка «{score}»: {operation} {amount}</translation>
    </message>
    <message>
        <source>Segment tags start with</source>
        <translation>Теги сегментов начинаются с</translation>
    </message>
    <message>
        <source>Send email</source>
        <translation>Отправить письмо</translation>
    </message>
    <message>
        <source>Sends an email written with the template editor. Marketing emails only go to contacts who accept email marketing and always carry an unsubscribe link; transactional ones (an order question, a receipt) go to everyone.</source>
        <translation>Отправляет письмо, созданное в редакторе шаблонов. Маркетинговые письма получают только покупатели, согласные на рассылки, и в них всегда есть ссылка для отписки; служебные (вопрос по заказу, чек) приходят всем.</translation>
    </message>
    <message>
        <source>Sends each contact down one branch at random, in the given percentages, to compare two offers or wordings.</source>
        <translation>Отправляет каждого покупателя по случайной ветке в заданных процентах, чтобы сравнить два предложения или две формулировки.</translation>
    </message>
    <message>
        <source>Sends the contact&apos;s details to another service as JSON.</source>
        <translation>Отправляет данные покупателя в другой сервис в формате JSON.</translation>
    </message>
    <message>
        <source>Set field</source>
        <translation>Заполнить поле</translation>
    </message>
    <message>
        <source>Set {field}</source>
        <translation>Заполнить {field}</translation>
    </message>
    <message>
        <source>Single use</source>
        <translation>Одноразовый</translation>
    </message>
    <message>
        <source>Smallest coupon worth giving</source>
        <translation>Наименьший купон, который стоит выдавать</translation>
    </message>
    <message>
        <source>Split {branches}</source>
        <translation>Деление {branches}</translation>
    </message>
    <message>
        <source>Starts a number of days before some of a contact&apos;s loyalty points expire (points earned with an expiry, oldest spent first). Emails can show the points as {{ event.points }}, the day as {{ event.expires_on }} and the balance as {{ contact.points }}.</source>
        <translation>Запускается за несколько дней до того, как часть бонусных баллов покупателя сгорит (баллы со сроком действия, первыми тратятся самые старые). Письма могут показать баллы как {{ event.points }}, дату как {{ event.expires_on }}, а баланс как {{ contact.points }}.</translation>
    </message>
    <message>
        <source>Starts every year on a contact&apos;s date, such as their birthday or the anniversary of their first purchase, at a time of day. A birthday on 29 February is celebrated on 28 February in other years.</source>
        <translation>Запускается каждый год в дату покупателя, например в день рождения или годовщину первой покупки, в заданное время. Родившихся 29 февраля в другие годы поздравляем 28 февраля.</translation>
    </message>
    <message>
        <source>Starts for the referrer when someone else&apos;s order (not cancelled or voided) uses the referrer&apos;s personal referral code. Emails can name the friend as {{ event.friend_first_name }}.</source>
        <translation>Запускается для пригласившего, когда чужой заказ (не отменённый и не аннулированный) использует его личный реферальный код. Письма могут назвать друга как {{ event.friend_first_name }}.</translation>
    </message>
    <message>
        <source>Starts on exactly this order: 5 means the contact&apos;s fifth purchase.</source>
        <translation>Запускается именно на этом заказе: 5 — пятая покупка покупателя.</translation>
    </message>
    <message>
        <source>Starts on the day a customer reaches N days since their last purchase. Customers who were already past N days when the flow was switched on only enter if the flow&apos;s “also enrol those who already qualify” option is on.</source>
        <translation>Запускается в день, когда с последней покупки покупателя проходит N дней. Покупатели, у которых N дней прошло ещё до включения сценария, попадают в него, только если включена опция сценария «также добавить тех, кто уже подходит».</translation>
    </message>
    <message>
        <source>Starts on the event that makes this many within the period: 3 means the third. The events after it start nothing until a whole period has passed with no event reaching this number; then the next one that reaches it starts the flow again.</source>
        <translation>Запускается на событии, которое становится этим по счёту за период: 3 — третье. Следующие события ничего не запускают, пока не пройдёт целый период без события с таким номером; тогда следующее такое событие снова запускает сценарий.</translation>
    </message>
    <message>
        <source>Starts when a contact places an order (cancelled and voided orders never count). Optionally only their first order or their Nth order, only orders with certain products or collections, or above a minimum total.</source>
        <translation>Запускается, когда покупатель оформляет заказ (отменённые и аннулированные не считаются). При желании — только на первый или N-й заказ, только с определёнными товарами или коллекциями или от минимальной суммы.</translation>
    </message>
    <message>
        <source>Starts when a contact&apos;s points balance or a named score rises to a threshold (it fires on the crossing, not while it stays above).</source>
        <translation>Запускается, когда баланс баллов покупателя или именованная оценка достигает порога (срабатывает в момент пересечения, а не всё время, пока выше).</translation>
    </message>
    <message>
        <source>Starts when a contact&apos;s points move them up into a higher loyalty tier (the tiers and their points are set in the shop settings, e.g. Bronze 0, Silver 500, Gold 1500). Conditions and emails can use the new tier as {{ contact.tier }}.</source>
        <translation>Запускается, когда баллы переводят покупателя на более высокий уровень лояльности (уровни и баллы для них задаются в настройках магазина, напр. Бронза 0, Серебро 500, Золото 1500). Условия и письма могут использовать новый уровень как {{ contact.tier }}.</translation>
    </message>
    <message>
        <source>Starts when a new customer account or contact is created in the shop.</source>
        <translation>Запускается, когда в магазине создаётся новая учётная запись покупателя или контакт.</translation>
    </message>
    <message>
        <source>Starts when a tag is added to a contact. End the tag with * to match a family of tags, e.g. interested:*.</source>
        <translation>Запускается, когда покупателю добавляют тег. Закончите тег на *, чтобы охватить целую группу тегов, напр. interested:*.</translation>
    </message>
    <message>
        <source>Starts when an event arrives for a contact: product_viewed, form_submitted, nps_submitted, complaint, or any name your shop sends. Optionally only on the Nth such event within a period, such as the third view of the same product within 14 days.</source>
        <translation>Запускается, когда для покупателя приходит событие: product_viewed, form_submitted, nps_submitted, complaint или любое другое, которое отправляет ваш магазин. При желании — только на N-е такое событие за период, например на третий просмотр одного и того же товара за 14 дней.</translation>
    </message>
    <message>
        <source>Stops all marketing email to this contact and records when.</source>
        <translation>Останавливает все рассылки этому покупателю и записывает, когда.</translation>
    </message>
    <message>
        <source>Stores a value in one of the contact&apos;s fields. The value may use template placeholders such as {{ order.created_at.date() }}.</source>
        <translation>Записывает значение в одно из полей покупателя. В значении можно использовать переменные шаблона, например {{ order.created_at.date() }}.</translation>
    </message>
    <message>
        <source>Subtract</source>
        <translation>Списать</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Воскресенье</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <source>Tag added</source>
        <translation>Добавлен тег</translation>
    </message>
    <message>
        <source>Tag “{tag}”</source>
        <translation>Тег «{tag}»</translation>
    </message>
    <message>
        <source>Tag “{tag}” added</source>
        <translation>Добавлен тег «{tag}»</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Tells the shop owner about this contact, and optionally adds a task to the to-do list.</source>
        <translation>Сообщает владельцу магазина об этом покупателе и, при желании, добавляет задачу в список дел.</translation>
    </message>
    <message>
        <source>The collection whose best sellers are shown.</source>
        <translation>Коллекция, хиты продаж которой показываются.</translation>
    </message>
    <message>
        <source>The contact&apos;s most bought products</source>
        <translation>Товары, которые покупатель берёт чаще всего</translation>
    </message>
    <message>
        <source>The product named in the event</source>
        <translation>Товар, названный в событии</translation>
    </message>
    <message>
        <source>The product named in the tag (interested:&lt;product&gt;)</source>
        <translation>Товар, названный в теге (interested:&lt;товар&gt;)</translation>
    </message>
    <message>
        <source>The property of the event that holds the product&apos;s SKU, handle or title.</source>
        <translation>Свойство события, в котором артикул, адрес или название товара.</translation>
    </message>
    <message>
        <source>The tag group that holds the segment, e.g. rfm:Champions.</source>
        <translation>Группа тегов, в которой хранится сегмент, напр. rfm:Champions.</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Порог</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Четверг</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Tier names from the shop settings, e.g. Gold; empty means every move up.</source>
        <translation>Названия уровней из настроек магазина, напр. Золото; пусто — любой переход выше.</translation>
    </message>
    <message>
        <source>Tier reached</source>
        <translation>Достигнут уровень</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>Сумма покупок</translation>
    </message>
    <message>
        <source>Transactional</source>
        <translation>Служебное</translation>
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
        <translation>Отписать</translation>
    </message>
    <message>
        <source>Unsubscribe from marketing</source>
        <translation>Отписать от рассылок</translation>
    </message>
    <message>
        <source>Untag “{tag}”</source>
        <translation>Убрать тег «{tag}»</translation>
    </message>
    <message>
        <source>Until {event}, at most {timeout}</source>
        <translation>До {event}, не дольше {timeout}</translation>
    </message>
    <message>
        <source>Until {time_of_day}</source>
        <translation>До {time_of_day}</translation>
    </message>
    <message>
        <source>Valid for (days)</source>
        <translation>Действует (дней)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Подождать</translation>
    </message>
    <message>
        <source>Wait for</source>
        <translation>Сколько ждать</translation>
    </message>
    <message>
        <source>Wait for an event</source>
        <translation>Ждать событие</translation>
    </message>
    <message>
        <source>Wait until a time</source>
        <translation>Ждать до времени</translation>
    </message>
    <message>
        <source>Wait {duration}</source>
        <translation>Подождать {duration}</translation>
    </message>
    <message>
        <source>Waits for a fixed time before the next step.</source>
        <translation>Ждёт заданное время перед следующим шагом.</translation>
    </message>
    <message>
        <source>Waits until the contact does something (places an order, submits a form) or until the time runs out, and continues on the matching exit.</source>
        <translation>Ждёт, пока покупатель что-то сделает (оформит заказ, заполнит форму) или пока не выйдет время, и идёт дальше по соответствующему выходу.</translation>
    </message>
    <message>
        <source>Waits until the next time of day in the shop&apos;s time zone, optionally only on certain weekdays (for example: the next weekday at 10:00).</source>
        <translation>Ждёт до ближайшего заданного времени в часовом поясе магазина, при желании — только в определённые дни недели (например, ближайший будний день в 10:00).</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Среда</translation>
    </message>
    <message>
        <source>Weekdays (mon … sun); empty means any day.</source>
        <translation>Дни недели (mon … sun); пусто — любой день.</translation>
    </message>
    <message>
        <source>Which events</source>
        <translation>Какие события</translation>
    </message>
    <message>
        <source>Which orders</source>
        <translation>Какие заказы</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>За период</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>содержит</translation>
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
        <translation>равно</translation>
    </message>
    <message>
        <source>form_submitted</source>
        <translation>form_submitted</translation>
    </message>
    <message>
        <source>has all of</source>
        <translation>есть все из</translation>
    </message>
    <message>
        <source>has any of</source>
        <translation>есть любой из</translation>
    </message>
    <message>
        <source>has none of</source>
        <translation>нет ни одного из</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>ч</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>ч</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>is</source>
        <translation>равно</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>не меньше</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>не больше</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <source>is filled in</source>
        <translation>заполнено</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>меньше</translation>
    </message>
    <message>
        <source>is more than</source>
        <translation>больше</translation>
    </message>
    <message>
        <source>is no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>не равно</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>не пусто</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>одно из</translation>
    </message>
    <message>
        <source>is yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>мин</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>мин</translation>
    </message>
    <message>
        <source>order_placed, or the name of a custom event.</source>
        <translation>order_placed или название вашего события.</translation>
    </message>
    <message>
        <source>product</source>
        <translation>product</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>начинается с</translation>
    </message>
    <message>
        <source>vip</source>
        <translation>vip</translation>
    </message>
    <message>
        <source>week</source>
        <translation>нед.</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>нед.</translation>
    </message>
    <message>
        <source>{date} at {time_of_day}</source>
        <translation>{date} в {time_of_day}</translation>
    </message>
    <message>
        <source>{days_before} days before points expire</source>
        <translation>За {days_before} дн. до сгорания баллов</translation>
    </message>
    <message>
        <source>{days} days without an order</source>
        <translation>{days} дн. без заказов</translation>
    </message>
    <message>
        <source>{event} {times}× within {within}</source>
        <translation>{event} {times}× за {within}</translation>
    </message>
    <message>
        <source>{measure}: {threshold} or more</source>
        <translation>{measure}: {threshold} или больше</translation>
    </message>
    <message>
        <source>{operation} {amount} points</source>
        <translation>{operation} {amount} баллов</translation>
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
        <translation>Триггер</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Триггеры</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Ожидание</translation>
    </message>
    <message>
        <source>Waits</source>
        <translation>Ожидание</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <source>No step matches “{0}”.</source>
        <translation>Ни один шаг не подходит под «{0}».</translation>
    </message>
    <message>
        <source>Search steps</source>
        <translation>Поиск шагов</translation>
    </message>
</context>
<context>
    <name>ParamEditors</name>
    <message>
        <source>No date</source>
        <translation>Без даты</translation>
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
        <translation>ч</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>мин</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>нед.</translation>
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
        <translation>Проблем нет: сценарий готов.</translation>
    </message>
    <message>
        <source>Open or start a flow to have it checked here.</source>
        <translation>Откройте или создайте сценарий, чтобы проверить его здесь.</translation>
    </message>
</context>
<context>
    <name>PropertyForm</name>
    <message>
        <source>Please fill this in.</source>
        <translation>Пожалуйста, заполните это поле.</translation>
    </message>
</context>
<context>
    <name>PropertyPanel</name>
    <message>
        <source>Flow settings…</source>
        <translation>Настройки сценария…</translation>
    </message>
    <message>
        <source>Select a step to see its settings</source>
        <translation>Выберите шаг, чтобы увидеть его настройки</translation>
    </message>
    <message>
        <source>Step name</source>
        <translation>Название шага</translation>
    </message>
    <message>
        <source>Who can enter this flow, its goals, and what happens when you switch it on</source>
        <translation>Кто может войти в сценарий, его цели и что будет, когда вы его включите</translation>
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
        <translation>Все категории</translation>
    </message>
    <message>
        <source>Close the recipes and go back</source>
        <translation>Закрыть рецепты и вернуться</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Условие</translation>
    </message>
    <message>
        <source>Picture of the flow</source>
        <translation>Схема сценария</translation>
    </message>
    <message>
        <source>Ready-made automations you can use as they are or change to suit your shop.</source>
        <translation>Готовые автоматизации: используйте как есть или измените под свой магазин.</translation>
    </message>
    <message>
        <source>Recipes</source>
        <translation>Рецепты</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <source>Start from a recipe</source>
        <translation>Начать с рецепта</translation>
    </message>
    <message>
        <source>There are no recipes in {folder}.</source>
        <translation>В папке {folder} нет рецептов.</translation>
    </message>
    <message>
        <source>This recipe cannot be opened:</source>
        <translation>Этот рецепт не получается открыть:</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Триггер</translation>
    </message>
    <message>
        <source>Use this recipe</source>
        <translation>Использовать этот рецепт</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Ожидание</translation>
    </message>
</context>
<context>
    <name>RulesEditor</name>
    <message>
        <source>A contact field…</source>
        <translation>Поле покупателя…</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>A score…</source>
        <translation>Оценка…</translation>
    </message>
    <message>
        <source>A value of the event…</source>
        <translation>Значение события…</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Добавить правило</translation>
    </message>
    <message>
        <source>Goes on “yes” when &lt;b&gt;all&lt;/b&gt; of these rules are true:</source>
        <translation>Идёт по «да», когда выполнены &lt;b&gt;все&lt;/b&gt; правила:</translation>
    </message>
    <message>
        <source>Goes on “yes” when &lt;b&gt;any&lt;/b&gt; of these rules is true (one is enough):</source>
        <translation>Идёт по «да», когда выполнено &lt;b&gt;любое&lt;/b&gt; из правил (достаточно одного):</translation>
    </message>
    <message>
        <source>Goes on “yes” when this rule is true:</source>
        <translation>Идёт по «да», когда выполнено это правило:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Названия через запятую</translation>
    </message>
    <message>
        <source>Remove this rule</source>
        <translation>Удалить это правило</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
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
        <translation>Валюта — это трёхбуквенный код, например RUB, UAH или EUR.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Reply and unsubscribe address</source>
        <translation>Адрес для ответов и отписок</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Название магазина</translation>
    </message>
    <message>
        <source>Shop settings</source>
        <translation>Настройки магазина</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>“{0}” is not a time zone; pick one from the list, e.g. Europe/Kyiv.</source>
        <translation>«{0}» — это не часовой пояс; выберите из списка, напр. Europe/Kyiv.</translation>
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
        <translation>Что-то пошло не так: {error}</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
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
        <translation>Жирный</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Маркированный список</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>Кнопка</translation>
    </message>
    <message>
        <source>Button link</source>
        <translation>Ссылка-кнопка</translation>
    </message>
    <message>
        <source>Button link…</source>
        <translation>Ссылка-кнопка…</translation>
    </message>
    <message>
        <source>Coupon code</source>
        <translation>Код купона</translation>
    </message>
    <message>
        <source>Coupon expiry date</source>
        <translation>Купон действует до</translation>
    </message>
    <message>
        <source>Coupon value</source>
        <translation>Размер скидки</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Адрес эл. почты</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
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
        <translation>Вставить</translation>
    </message>
    <message>
        <source>Insert a personal detail at the cursor</source>
        <translation>Вставить личные данные в место курсора</translation>
    </message>
    <message>
        <source>Insert a personal detail: the first name, the coupon code, the unsubscribe link…</source>
        <translation>Вставить личные данные: имя, код купона, ссылку для отписки…</translation>
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
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Ссылка…</translation>
    </message>
    <message>
        <source>Loyalty points</source>
        <translation>Бонусные баллы</translation>
    </message>
    <message>
        <source>Mail programs that do not show formatting use the plain text. It is made from the email unless you write it.</source>
        <translation>Почтовые программы, которые не показывают оформление, берут простой текст. Он создаётся из письма, если вы не напишете его сами.</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Номер заказа</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>Сумма заказа</translation>
    </message>
    <message>
        <source>Picked product</source>
        <translation>Подобранный товар</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Preview for a sample contact</source>
        <translation>Предпросмотр для примерного покупателя</translation>
    </message>
    <message>
        <source>Referral code</source>
        <translation>Реферальный код</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Название магазина</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>The email text</source>
        <translation>Текст письма</translation>
    </message>
    <message>
        <source>The email&apos;s HTML source, for those who know HTML. Personal details are {{ … }} tags.</source>
        <translation>HTML-код письма — для тех, кто знает HTML. Личные данные — это теги {{ … }}.</translation>
    </message>
    <message>
        <source>The plain-text version</source>
        <translation>Текстовая версия</translation>
    </message>
    <message>
        <source>The subject line</source>
        <translation>Тема письма</translation>
    </message>
    <message>
        <source>This email uses layout the visual editor cannot show exactly. Editing it here simplifies it; the Advanced: HTML tab keeps it as it is.</source>
        <translation>В этом письме есть вёрстка, которую визуальный редактор не может точно показать. Правка здесь её упростит; на вкладке «HTML-код» она останется как есть.</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Unsubscribe link</source>
        <translation>Ссылка для отписки</translation>
    </message>
    <message>
        <source>Visit the shop</source>
        <translation>Перейти в магазин</translation>
    </message>
    <message>
        <source>Web address the button leads to:</source>
        <translation>Адрес, на который ведёт кнопка:</translation>
    </message>
    <message>
        <source>Web address the selected words lead to (leave empty to remove the link):</source>
        <translation>Адрес, на который ведут выделенные слова (оставьте пустым, чтобы убрать ссылку):</translation>
    </message>
    <message>
        <source>Write the plain-text version myself</source>
        <translation>Написать текстовую версию самому</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>Ваш магазин</translation>
    </message>
    <message>
        <source>{0} cannot be read: {1}</source>
        <translation>{0}: не удаётся прочитать: {1}</translation>
    </message>
    <message>
        <source>{0} has a mistake on line {1}: {2}</source>
        <translation>{0}: ошибка в строке {1}: {2}</translation>
    </message>
    <message>
        <source>{0}, or “{1}”</source>
        <translation>{0} или «{1}»</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&lt;b&gt;Demo data is loaded&lt;/b&gt;: {customers} made-up customers and {orders} orders. Try a recipe on them, and remove them before you bring in your own shop.</source>
        <translation>&lt;b&gt;Демоданные загружены&lt;/b&gt;: вымышленных покупателей — {customers}, заказов — {orders}. Попробуйте на них рецепт, а перед импортом своего магазина удалите их.</translation>
    </message>
    <message>
        <source>Bring in the customer and order CSV files exported from Shopify.</source>
        <translation>Загрузите CSV-файлы с покупателями и заказами, выгруженные из Shopify.</translation>
    </message>
    <message>
        <source>Bring your customers back with small automations that you draw yourself and try on your own order history first. How would you like to start?</source>
        <translation>Возвращайте покупателей небольшими автоматизациями: вы рисуете их сами и сначала проверяете на своей истории заказов. С чего начнём?</translation>
    </message>
    <message numerus="yes">
        <source>Building a demo shop with %n customers…</source>
        <translation>
            <numerusform>Создаём демомагазин с %n покупателем…</numerusform>
            <numerusform>Создаём демомагазин с %n покупателями…</numerusform>
            <numerusform>Создаём демомагазин с %n покупателями…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Explore %n made-up customers and their orders; remove them in one click.</source>
        <translation>
            <numerusform>Посмотрите на %n вымышленного покупателя и его заказы; удалить их можно одним щелчком.</numerusform>
            <numerusform>Посмотрите на %n вымышленных покупателей и их заказы; удалить их можно одним щелчком.</numerusform>
            <numerusform>Посмотрите на %n вымышленных покупателей и их заказы; удалить их можно одним щелчком.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import my shop&apos;s exports</source>
        <translation>Импортировать данные моего магазина</translation>
    </message>
    <message>
        <source>Opening your workspace…</source>
        <translation>Открываем вашу рабочую базу…</translation>
    </message>
    <message>
        <source>Pick a ready-made automation, like a thank-you coupon or a win-back.</source>
        <translation>Выберите готовую автоматизацию, например купон-благодарность или возврат давних покупателей.</translation>
    </message>
    <message>
        <source>Remove demo data</source>
        <translation>Удалить демоданные</translation>
    </message>
    <message>
        <source>Removing the demo data…</source>
        <translation>Удаляем демоданные…</translation>
    </message>
    <message>
        <source>Start from a recipe</source>
        <translation>Начать с рецепта</translation>
    </message>
    <message>
        <source>Try a demo shop</source>
        <translation>Попробовать демомагазин</translation>
    </message>
    <message>
        <source>Welcome to Boomerang</source>
        <translation>Добро пожаловать в Boomerang</translation>
    </message>
</context>
</TS>
