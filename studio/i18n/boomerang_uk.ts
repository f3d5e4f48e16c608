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
        <translation type="unfinished"></translation>
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
        <source>Save &amp;as file…</source>
        <translation>Зберегти &amp;як файл…</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Вибрати &amp;все</translation>
    </message>
    <message>
        <source>Shop &amp;settings…</source>
        <translation>&amp;Налаштування магазину…</translation>
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
        <translation type="unfinished"></translation>
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
    <message>
        <source>, no action was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backtest stopped. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backtest: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boomerang replays the period through this flow on a copy of your data. Nothing is sent and nothing in your shop changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a period and press “Run backtest”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a row to see the email it would have sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon {code} ({terms})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates and times in the shop&apos;s time zone, {zone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">Лист</translation>
    </message>
    <message>
        <source>Email: {subject}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field “{field}” set to “{value}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in again from the flow&apos;s template with this customer&apos;s details as they are today; their points and tags may have differed then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note to you: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaying {first} – {last}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaying… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run backtest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished">Тема</translation>
    </message>
    <message>
        <source>Tag added: {tag}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag removed: {tags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backtest could not run: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day of the period comes after the last one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This email cannot be previewed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try “{name}” on your past orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribed from marketing email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook call to {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this customer is no longer in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} % off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} {currency} off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sign}{amount} {account} (now {balance})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <source>Cannot connect: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {0} item(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview: click or drag to move around the flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step has a problem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step has {0} problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Add {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change flow settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {0} step(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {0} step(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste {0} step(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Boomerang closed before your changes to “{0}” were saved. Restore them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New flow</source>
        <translation type="unfinished">Новий сценарій</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore unsaved changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save flow as file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlowSettings</name>
    <message>
        <source>A customer is never in the same flow twice at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again, but only {0} days after they last entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again, once their previous run has finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also start it for customers who already qualify today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order counts only when it holds a product that a “Pick products” step of this run chose for the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies only to a flow with an “Inactive for N days” trigger. This flow starts for each customer when its trigger happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow settings — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal — end the run early, as a success, when the customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goal: every run goes on to its last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not only for those who cross the line from now on: with “Inactive for N days”, everyone who has gone that long or longer without an order enters on the day you switch the flow on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once — a customer goes through this flow at most once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the event&apos;s name for goal {0}, or remove that goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When one of these happens while a customer is in the flow, their run stops there and counts as a success: the steps still ahead of them are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you switch the flow on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers the NPS survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event name, e.g. complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaves a review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only an order with a product this flow suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>places an order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replies to an email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submits a form</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CSV files you exported from Shopify (Customers → Export, Orders → Export). Importing the same files again changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import store data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing… you can keep working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} new, {2} updated, {3} skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListEditors</name>
    <message>
        <source>Add branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKUs or product titles, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: {0} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — must be 100 %</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 starts on the day itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 starts on the day the points expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code is only worth creating when the email that carries it may be sent: contacts who do not accept email marketing are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact field that receives the time of the check; leave empty to record it in the activity log only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom field holding a YYYY-MM-DD date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A friend used the referral code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepts email marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or remove points</source>
        <translation>Додати або зняти бали</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Додати мітку</translation>
    </message>
    <message>
        <source>Adds a tag to the contact (other flows may start on it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds to or subtracts from the contact&apos;s loyalty points or a named score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anniversary of the first purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another date field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least (times)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least this many points expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best sellers of a collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday (field birth_date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought together with the order (by other customers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call a webhook</source>
        <translation>Викликати вебхук</translation>
    </message>
    <message>
        <source>Cashback (% of the order total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashback {percent} % for {expires_days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the order that started the flow: its total, products or discount code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks whether the contact accepts email marketing right now and records the check (the answer and when it was given) in the activity log and, optionally, a contact field, so you can show that consent was verified. Continues on “yes” or “no”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chooses products to show in the next emails, from the shop&apos;s own order history: the contact&apos;s favourites, what other customers bought together with this order, the best sellers of a collection, or the product a tag or event names. Emails then show them as {{ products }} (each with title, sku, price and url). Continues on “found”, or on “none” when there is nothing to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collections in the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continues on “yes” when the contact has sent the event at least N times within a period, counting only events for the same value of a property as the event that started the flow (for example the same product), this one included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continues on “yes” when the contact matches the rules (tags, fields, consent, orders, total spent, days since last order, RFM, points, tier), else on “no”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count only events with the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon {value} {discount_type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a unique coupon code for this contact; later emails can show it as {{ coupon.code }}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer signed up</source>
        <translation>Покупець зареєструвався</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date reached</source>
        <translation>Настала дата</translation>
    </message>
    <message>
        <source>Days before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since last order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount code used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier events count when they came this long before, or less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>Email “{template[subject]}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation>Кінець</translation>
    </message>
    <message>
        <source>End ({outcome})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends the contact&apos;s run here; “goal reached” counts it as a success.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event property (property=value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event received</source>
        <translation>Надійшла подія</translation>
    </message>
    <message>
        <source>Event “{event}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day at a time, works out each customer&apos;s RFM segment (Champions, Loyal, Potential loyalist, New, At risk, Can&apos;t lose them, Hibernating, Lost) from their recency, frequency and monetary scores, and starts for every customer whose segment tag is missing or out of date (on the first day, everyone who has purchased). The flow sees the new segment as {{ event.segment }}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed amount off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friend&apos;s discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give cashback coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give referral code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives back a share of the triggering order&apos;s total as a single-use coupon for a fixed amount off the next order; later emails show it as {{ coupon.code }} and {{ coupon.value }}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives the contact a personal referral code for friends (the same code every time) and creates it in the store as a reusable discount; later emails show it as {{ referral.code }}. An order that uses it starts “Referral code used” for the contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If contact…</source>
        <translation>Якщо покупець…</translation>
    </message>
    <message>
        <source>If event repeated…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the order…</source>
        <translation>Якщо замовлення…</translation>
    </message>
    <message>
        <source>If {rules}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the shop&apos;s time zone.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for any total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out what the contact already bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty points</source>
        <translation type="unfinished">Бонусні бали</translation>
    </message>
    <message>
        <source>Marketing (needs consent)</source>
        <translation>Маркетинговий (потрібна згода)</translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum order total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves up to: {tiers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiplies the amount by the order total (1 point per hryvnia).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify me / create task</source>
        <translation>Сповістити мене / створити завдання</translation>
    </message>
    <message>
        <source>Notify: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events with the same value as the triggering event count; leave empty to count every event of that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for contacts who accept email marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if the field is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only into these tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the Nth event within a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the Nth order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only with products from these collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only with these products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a property name the event must carry...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a property name, such as product. Then each product is counted on its own, and an event without that property starts nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number</source>
        <translation type="unfinished">Номер замовлення</translation>
    </message>
    <message>
        <source>Order placed</source>
        <translation>Оформлено замовлення</translation>
    </message>
    <message>
        <source>Order placed ({which})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order total</source>
        <translation type="unfinished">Сума замовлення</translation>
    </message>
    <message>
        <source>Orders whose cashback is less than this get no coupon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per currency unit of the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentage off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick {limit} products ({source})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points about to expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points expire after (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points or score reached</source>
        <translation>Набрано бали або оцінку</translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products in the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM frequency (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM monetary (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM recency (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM segment changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM segment daily at {time_of_day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random split (A/B)</source>
        <translation>Випадковий поділ (A/B)</translation>
    </message>
    <message>
        <source>Record the check in field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral code ({value} {discount_type} off for friends)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral code used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Прибрати мітку</translation>
    </message>
    <message>
        <source>Removes a tag from the contact. End the tag with * to remove a family of tags, e.g. segment:*.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKUs or product titles; empty means any product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same value of property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment tags start with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send email</source>
        <translation>Надіслати лист</translation>
    </message>
    <message>
        <source>Sends an email written with the template editor. Marketing emails only go to contacts who accept email marketing and always carry an unsubscribe link; transactional ones (an order question, a receipt) go to everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends each contact down one branch at random, in the given percentages, to compare two offers or wordings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the contact&apos;s details to another service as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set field</source>
        <translation>Заповнити поле</translation>
    </message>
    <message>
        <source>Set {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest coupon worth giving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split {branches}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts a number of days before some of a contact&apos;s loyalty points expire (points earned with an expiry, oldest spent first). Emails can show the points as {{ event.points }}, the day as {{ event.expires_on }} and the balance as {{ contact.points }}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts every year on a contact&apos;s date, such as their birthday or the anniversary of their first purchase, at a time of day. A birthday on 29 February is celebrated on 28 February in other years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts for the referrer when someone else&apos;s order (not cancelled or voided) uses the referrer&apos;s personal referral code. Emails can name the friend as {{ event.friend_first_name }}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts on exactly this order: 5 means the contact&apos;s fifth purchase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts on the day a customer reaches N days since their last purchase. Customers who were already past N days when the flow was switched on only enter if the flow&apos;s “also enrol those who already qualify” option is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts on the event that makes this many within the period: 3 means the third. The events after it start nothing until a whole period has passed with no event reaching this number; then the next one that reaches it starts the flow again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts when a contact places an order (cancelled and voided orders never count). Optionally only their first order or their Nth order, only orders with certain products or collections, or above a minimum total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts when a contact&apos;s points balance or a named score rises to a threshold (it fires on the crossing, not while it stays above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts when a contact&apos;s points move them up into a higher loyalty tier (the tiers and their points are set in the shop settings, e.g. Bronze 0, Silver 500, Gold 1500). Conditions and emails can use the new tier as {{ contact.tier }}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts when a new customer account or contact is created in the shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts when a tag is added to a contact. End the tag with * to match a family of tags, e.g. interested:*.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts when an event arrives for a contact: product_viewed, form_submitted, nps_submitted, complaint, or any name your shop sends. Optionally only on the Nth such event within a period, such as the third view of the same product within 14 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops all marketing email to this contact and records when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores a value in one of the contact&apos;s fields. The value may use template placeholders such as {{ order.created_at.date() }}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag added</source>
        <translation>Додано мітку</translation>
    </message>
    <message>
        <source>Tag “{tag}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag “{tag}” added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tells the shop owner about this contact, and optionally adds a task to the to-do list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collection whose best sellers are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact&apos;s most bought products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product named in the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product named in the tag (interested:&lt;product&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The property of the event that holds the product&apos;s SKU, handle or title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag group that holds the segment, e.g. rfm:Champions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished">Рівень</translation>
    </message>
    <message>
        <source>Tier names from the shop settings, e.g. Gold; empty means every move up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactional</source>
        <translation>Службовий</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribe from marketing</source>
        <translation>Відписати від розсилок</translation>
    </message>
    <message>
        <source>Untag “{tag}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until {event}, at most {timeout}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until {time_of_day}</source>
        <translation>До {time_of_day}</translation>
    </message>
    <message>
        <source>Valid for (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Зачекати</translation>
    </message>
    <message>
        <source>Wait for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for an event</source>
        <translation>Чекати на подію</translation>
    </message>
    <message>
        <source>Wait until a time</source>
        <translation>Чекати до певного часу</translation>
    </message>
    <message>
        <source>Wait {duration}</source>
        <translation>Зачекати {duration}</translation>
    </message>
    <message>
        <source>Waits for a fixed time before the next step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits until the contact does something (places an order, submits a form) or until the time runs out, and continues on the matching exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits until the next time of day in the shop&apos;s time zone, optionally only on certain weekdays (for example: the next weekday at 10:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekdays (mon … sun); empty means any day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>form_submitted</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vip</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days_before} days before points expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} days without an order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{event} {times}× within {within}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{measure} reaches {threshold}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{method} {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{operation} {amount} {measure}</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PropertyPanel</name>
    <message>
        <source>Flow settings…</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipeGallery</name>
    <message>
        <source>Action</source>
        <translation type="unfinished">Дія</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the recipes and go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished">Умова</translation>
    </message>
    <message>
        <source>Picture of the flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready-made automations you can use as they are or change to suit your shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from a recipe</source>
        <translation type="unfinished">Почати з рецепта</translation>
    </message>
    <message>
        <source>There are no recipes in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recipe cannot be opened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished">Тригер</translation>
    </message>
    <message>
        <source>Use this recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesEditor</name>
    <message>
        <source>A contact field…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A score…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value of the event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes on “yes” when &lt;b&gt;all&lt;/b&gt; of these rules are true:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes on “yes” when &lt;b&gt;any&lt;/b&gt; of these rules is true (one is enough):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes on “yes” when this rule is true:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Назва</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has all of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has any of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has none of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is less than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is one of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopSettings</name>
    <message>
        <source>A currency is a three-letter code such as UAH or EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply and unsubscribe address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation type="unfinished">Назва магазину</translation>
    </message>
    <message>
        <source>Shop settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is not a time zone; pick one from the list, e.g. Europe/Kyiv.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Studio</name>
    <message>
        <source>Boomerang</source>
        <translation>Boomerang</translation>
    </message>
    <message>
        <source>Boomerang cannot use its workspace folder: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Something went wrong: {error}</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
