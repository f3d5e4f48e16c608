<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Backtest…</source>
        <translation>用歷史訂單試跑(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Check flow</source>
        <translation>檢查流程(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>符合視窗大小(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import store data…</source>
        <translation>匯入商店資料(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;New flow</source>
        <translation>新增流程(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼上(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暫停(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Tidy up (auto-layout)</source>
        <translation>自動排列(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>Actual &amp;size</source>
        <translation>實際大小(&amp;S)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪下(&amp;T)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>再製一份(&amp;U)</translation>
    </message>
    <message>
        <source>F&amp;low</source>
        <translation>流程(&amp;L)</translation>
    </message>
    <message>
        <source>Flow &amp;settings…</source>
        <translation>流程設定(&amp;S)…</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主要工具列</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <source>Running flows for real comes in the next version of Boomerang. Until then, backtest a flow to see what it would have done.</source>
        <translation>正式執行流程的功能會在 Boomerang 下一版推出。在那之前，可以先用歷史訂單試跑流程，看看它會做些什麼。</translation>
    </message>
    <message>
        <source>S&amp;hop settings…</source>
        <translation>商店設定(&amp;H)…</translation>
    </message>
    <message>
        <source>Save &amp;as file…</source>
        <translation>另存為檔案(&amp;A)…</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>全選(&amp;A)</translation>
    </message>
    <message>
        <source>Start from a &amp;recipe…</source>
        <translation>從範本開始(&amp;R)…</translation>
    </message>
    <message>
        <source>Switch &amp;on</source>
        <translation>啟用(&amp;O)</translation>
    </message>
    <message>
        <source>Who can enter this flow, the goals that end a run early, and what happens when you switch it on</source>
        <translation>誰可以進入這個流程、讓流程提早結束的目標，以及啟用時會發生什麼</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
</context>
<context>
    <name>BacktestDialog</name>
    <message numerus="yes">
        <source>%Ln contact entered the flow at “{step}” during the backtest.</source>
        <translation>
            <numerusform>試跑期間有 %Ln 位顧客在「{step}」進入流程。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact reached “{step}” during the backtest.</source>
        <translation>
            <numerusform>試跑期間有 %Ln 位顧客到達「{step}」。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact reached “{step}” during the backtest:</source>
        <translation>
            <numerusform>試跑期間有 %Ln 位顧客到達「{step}」：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts entered the flow at “{step}” during the backtest.</source>
        <translation>
            <numerusform>試跑期間有 %Ln 位顧客在「{step}」進入流程。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts reached “{step}” during the backtest.</source>
        <translation>
            <numerusform>試跑期間有 %Ln 位顧客到達「{step}」。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts reached “{step}” during the backtest:</source>
        <translation>
            <numerusform>試跑期間有 %Ln 位顧客到達「{step}」：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln done</source>
        <translation>
            <numerusform>完成 %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln issued</source>
        <translation>
            <numerusform>發放 %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sent</source>
        <translation>
            <numerusform>寄出 %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>略過 %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tagged</source>
        <translation>
            <numerusform>加標籤 %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln untagged</source>
        <translation>
            <numerusform>移除標籤 %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coupon issued</source>
        <translation>
            <numerusform>發放 %n 張優惠券</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coupons issued</source>
        <translation>
            <numerusform>發放 %n 張優惠券</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n email sent</source>
        <translation>
            <numerusform>寄出 %n 封郵件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n emails sent</source>
        <translation>
            <numerusform>寄出 %n 封郵件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field filled in</source>
        <translation>
            <numerusform>填寫 %n 個欄位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fields filled in</source>
        <translation>
            <numerusform>填寫 %n 個欄位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note to you</source>
        <translation>
            <numerusform>%n 則給您的提醒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes to you</source>
        <translation>
            <numerusform>%n 則給您的提醒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points change</source>
        <translation>
            <numerusform>點數變動 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points changes</source>
        <translation>
            <numerusform>點數變動 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step skipped</source>
        <translation>
            <numerusform>略過 %n 個步驟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps skipped</source>
        <translation>
            <numerusform>略過 %n 個步驟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag added</source>
        <translation>
            <numerusform>加上 %n 個標籤</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag removed</source>
        <translation>
            <numerusform>移除 %n 個標籤</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tags added</source>
        <translation>
            <numerusform>加上 %n 個標籤</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tags removed</source>
        <translation>
            <numerusform>移除 %n 個標籤</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsubscribed</source>
        <translation>
            <numerusform>%n 人取消訂閱</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n webhook call</source>
        <translation>
            <numerusform>呼叫 Webhook %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n webhook calls</source>
        <translation>
            <numerusform>呼叫 Webhook %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>, no action was taken</source>
        <translation>，沒有執行任何動作</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; customer entered the flow</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; 位顧客進入流程</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; customers entered the flow</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; 位顧客進入流程</numerusform>
        </translation>
    </message>
    <message>
        <source>Backtest stopped. Nothing was changed.</source>
        <translation>試跑已停止，沒有任何變更。</translation>
    </message>
    <message>
        <source>Backtest: {name}</source>
        <translation>試跑：{name}</translation>
    </message>
    <message>
        <source>Boomerang replays the period through this flow on a copy of your data. Nothing is sent and nothing in your shop changes.</source>
        <translation>Boomerang 會在您資料的副本上，用這個流程重跑這段期間。不會寄出任何東西，商店裡也不會有任何變更。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Choose a period and press “Run backtest”.</source>
        <translation>請選擇期間，然後按「開始試跑」。</translation>
    </message>
    <message>
        <source>Choose a row to see the email it would have sent.</source>
        <translation>選一列，就能看到當時會寄出的郵件。</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>優惠券</translation>
    </message>
    <message>
        <source>Coupon {code}</source>
        <translation>優惠券 {code}</translation>
    </message>
    <message>
        <source>Coupon {code} ({terms})</source>
        <translation>優惠券 {code}（{terms}）</translation>
    </message>
    <message>
        <source>Dates and times in the shop&apos;s time zone, {zone}</source>
        <translation>日期與時間以商店時區 {zone} 顯示</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Email: {subject}</source>
        <translation>電子郵件：{subject}</translation>
    </message>
    <message>
        <source>Field set</source>
        <translation>設定欄位</translation>
    </message>
    <message>
        <source>Field “{field}” set to “{value}”</source>
        <translation>欄位「{field}」設為「{value}」</translation>
    </message>
    <message>
        <source>Filled in again from the flow&apos;s template with this customer&apos;s details as they are today; their points and tags may have differed then.</source>
        <translation>依流程的範本和這位顧客目前的資料重新產生；當時的點數和標籤可能不同。</translation>
    </message>
    <message>
        <source>From</source>
        <translation>從</translation>
    </message>
    <message>
        <source>Note to you</source>
        <translation>給您的提醒</translation>
    </message>
    <message>
        <source>Note to you: {message}</source>
        <translation>給您的提醒：{message}</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>點數</translation>
    </message>
    <message>
        <source>Replaying {first} – {last}…</source>
        <translation>正在重跑 {first} – {last}…</translation>
    </message>
    <message>
        <source>Replaying… %p%</source>
        <translation>正在重跑… %p%</translation>
    </message>
    <message>
        <source>Run backtest</source>
        <translation>開始試跑</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主旨</translation>
    </message>
    <message>
        <source>Tag added</source>
        <translation>加上標籤</translation>
    </message>
    <message>
        <source>Tag added: {tag}</source>
        <translation>已加上標籤：{tag}</translation>
    </message>
    <message>
        <source>Tag removed</source>
        <translation>移除標籤</translation>
    </message>
    <message>
        <source>Tag removed: {tags}</source>
        <translation>已移除標籤：{tags}</translation>
    </message>
    <message>
        <source>The backtest could not run: {message}</source>
        <translation>無法試跑：{message}</translation>
    </message>
    <message>
        <source>The first day of the period comes after the last one.</source>
        <translation>期間的第一天晚於最後一天。</translation>
    </message>
    <message>
        <source>This email cannot be previewed: {error}</source>
        <translation>無法預覽這封郵件：{error}</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Try “{name}” on your past orders</source>
        <translation>用過去的訂單試跑「{name}」</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>取消訂閱</translation>
    </message>
    <message>
        <source>Unsubscribed from marketing email</source>
        <translation>已取消訂閱行銷郵件</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Webhook call to {url}</source>
        <translation>呼叫 Webhook：{url}</translation>
    </message>
    <message>
        <source>What</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>When (shop time)</source>
        <translation>時間（商店時區）</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>already had the tag</source>
        <translation>已經有這個標籤</translation>
    </message>
    <message>
        <source>already unsubscribed</source>
        <translation>已經取消訂閱</translation>
    </message>
    <message>
        <source>did not have the tag</source>
        <translation>原本就沒有這個標籤</translation>
    </message>
    <message>
        <source>free shipping</source>
        <translation>免運費</translation>
    </message>
    <message>
        <source>no email address</source>
        <translation>沒有電子郵件地址</translation>
    </message>
    <message>
        <source>no marketing consent</source>
        <translation>未同意接收行銷郵件</translation>
    </message>
    <message>
        <source>no order to work from</source>
        <translation>沒有可依據的訂單</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未提供原因</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>沒有需要變更的地方</translation>
    </message>
    <message>
        <source>points</source>
        <translation>點</translation>
    </message>
    <message>
        <source>the cashback was below the minimum</source>
        <translation>購物金回饋低於最低金額</translation>
    </message>
    <message>
        <source>the email could not be filled in</source>
        <translation>無法產生郵件內容</translation>
    </message>
    <message>
        <source>the email shows a coupon, but no coupon was given</source>
        <translation>郵件中有優惠券，但沒有發放優惠券</translation>
    </message>
    <message>
        <source>the field was already filled in</source>
        <translation>欄位已經填寫過</translation>
    </message>
    <message>
        <source>the tag came out empty</source>
        <translation>標籤內容是空的</translation>
    </message>
    <message>
        <source>this customer is no longer in the workspace</source>
        <translation>這位顧客已不在工作區中</translation>
    </message>
    <message>
        <source>this step cannot run in a backtest</source>
        <translation>這個步驟無法在試跑中執行</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>{0} entered</source>
        <translation>進入 {0}</translation>
    </message>
    <message>
        <source>{0} reached</source>
        <translation>到達 {0}</translation>
    </message>
    <message>
        <source>{amount} % off</source>
        <translation>{amount}% 折扣</translation>
    </message>
    <message>
        <source>{amount} {currency} off</source>
        <translation>折抵 {amount} {currency}</translation>
    </message>
    <message>
        <source>{sign}{amount} {account} (now {balance})</source>
        <translation>{sign}{amount} {account}（目前 {balance}）</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <source>Cannot connect: {0}</source>
        <translation>無法連接：{0}</translation>
    </message>
    <message>
        <source>Delete {0} item(s)</source>
        <translation>刪除 {0} 個項目</translation>
    </message>
    <message>
        <source>Overview: click or drag to move around the flow</source>
        <translation>總覽：點一下或拖曳即可在流程中移動</translation>
    </message>
    <message>
        <source>This step has a problem:</source>
        <translation>這個步驟有問題：</translation>
    </message>
    <message>
        <source>This step has {0} problems:</source>
        <translation>這個步驟有 {0} 個問題：</translation>
    </message>
    <message>
        <source>Unknown kind of step</source>
        <translation>未知的步驟類型</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Add {0}</source>
        <translation>新增 {0}</translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation>自動排列</translation>
    </message>
    <message>
        <source>Change flow settings</source>
        <translation>變更流程設定</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>變更設定</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>連接</translation>
    </message>
    <message>
        <source>Delete {0} step(s)</source>
        <translation>刪除 {0} 個步驟</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>中斷連接</translation>
    </message>
    <message>
        <source>Move {0} step(s)</source>
        <translation>移動 {0} 個步驟</translation>
    </message>
    <message>
        <source>Paste {0} step(s)</source>
        <translation>貼上 {0} 個步驟</translation>
    </message>
    <message>
        <source>Rename step</source>
        <translation>重新命名步驟</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Boomerang closed before your changes to “{0}” were saved. Restore them?</source>
        <translation>Boomerang 在儲存「{0}」的變更前就關閉了。要還原這些變更嗎？</translation>
    </message>
    <message>
        <source>Cannot open this file</source>
        <translation>無法開啟這個檔案</translation>
    </message>
    <message>
        <source>New flow</source>
        <translation>新流程</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未儲存</translation>
    </message>
    <message>
        <source>Open flow</source>
        <translation>開啟流程</translation>
    </message>
    <message>
        <source>Restore unsaved changes?</source>
        <translation>要還原未儲存的變更嗎？</translation>
    </message>
    <message>
        <source>Save flow as file</source>
        <translation>將流程另存為檔案</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已儲存</translation>
    </message>
</context>
<context>
    <name>FlowSettings</name>
    <message>
        <source>A customer is never in the same flow twice at the same time.</source>
        <translation>同一位顧客不會同時在同一個流程中跑兩次。</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>新增目標</translation>
    </message>
    <message>
        <source>Again, but only {0} days after they last entered</source>
        <translation>可以再次進入，但距上次進入至少 {0} 天</translation>
    </message>
    <message>
        <source>Again, once their previous run has finished</source>
        <translation>可以再次進入，但要等上一次流程跑完</translation>
    </message>
    <message>
        <source>Also start it for customers who already qualify today</source>
        <translation>也為今天已經符合條件的顧客啟動</translation>
    </message>
    <message>
        <source>An order counts only when it holds a product that a “Pick products” step of this run chose for the customer.</source>
        <translation>只有訂單中包含這次流程的「挑選商品」步驟為顧客挑選的商品時，才會算數。</translation>
    </message>
    <message>
        <source>Applies only to a flow with an “Inactive for N days” trigger. This flow starts for each customer when its trigger happens.</source>
        <translation>只適用於以「N 天未活動」觸發的流程。這個流程會在每位顧客觸發時啟動。</translation>
    </message>
    <message>
        <source>Flow settings — {0}</source>
        <translation>流程設定 — {0}</translation>
    </message>
    <message>
        <source>Goal — end the run early, as a success, when the customer…</source>
        <translation>目標：顧客做到以下任一件事時，提早結束流程並算作成功</translation>
    </message>
    <message>
        <source>No goal: every run goes on to its last step.</source>
        <translation>沒有目標：每次流程都會跑到最後一個步驟。</translation>
    </message>
    <message>
        <source>Not only for those who cross the line from now on: with “Inactive for N days”, everyone who has gone that long or longer without an order enters on the day you switch the flow on.</source>
        <translation>不只是從現在起才達到條件的顧客：使用「N 天未活動」時，所有已經這麼久或更久沒有下單的顧客，都會在您啟用流程的當天進入。</translation>
    </message>
    <message>
        <source>Once — a customer goes through this flow at most once</source>
        <translation>一次：每位顧客最多只會跑一次這個流程</translation>
    </message>
    <message>
        <source>Remove this goal</source>
        <translation>移除這個目標</translation>
    </message>
    <message>
        <source>Type the event&apos;s name for goal {0}, or remove that goal.</source>
        <translation>請輸入目標 {0} 的事件名稱，或移除這個目標。</translation>
    </message>
    <message>
        <source>When one of these happens while a customer is in the flow, their run stops there and counts as a success: the steps still ahead of them are skipped.</source>
        <translation>顧客還在流程中時，只要發生其中任一件事，流程就會在那裡停止並算作成功：後面還沒跑到的步驟都會略過。</translation>
    </message>
    <message>
        <source>When you switch the flow on</source>
        <translation>啟用流程時</translation>
    </message>
    <message>
        <source>Who can enter</source>
        <translation>誰可以進入</translation>
    </message>
    <message>
        <source>answers the NPS survey</source>
        <translation>填寫 NPS 問卷</translation>
    </message>
    <message>
        <source>event name, e.g. complaint</source>
        <translation>事件名稱，例如 complaint</translation>
    </message>
    <message>
        <source>leaves a review</source>
        <translation>留下評價</translation>
    </message>
    <message>
        <source>only an order with a product this flow suggested</source>
        <translation>只限含有這個流程推薦商品的訂單</translation>
    </message>
    <message>
        <source>other event…</source>
        <translation>其他事件…</translation>
    </message>
    <message>
        <source>places an order</source>
        <translation>下單</translation>
    </message>
    <message>
        <source>replies to an email</source>
        <translation>回覆郵件</translation>
    </message>
    <message>
        <source>submits a form</source>
        <translation>送出表單</translation>
    </message>
</context>
<context>
    <name>Flows</name>
    <message>
        <source>Last change</source>
        <translation>上次變更</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>No flows yet</source>
        <translation>還沒有流程</translation>
    </message>
    <message>
        <source>Opening your workspace…</source>
        <translation>正在開啟您的工作區…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>saved flow</source>
        <translation>已儲存的流程</translation>
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
        <translation>取消匯入</translation>
    </message>
    <message>
        <source>Choose at least one file.</source>
        <translation>請至少選擇一個檔案。</translation>
    </message>
    <message>
        <source>Choose export</source>
        <translation>選擇匯出檔</translation>
    </message>
    <message>
        <source>Choose the CSV files you exported from Shopify (Customers → Export, Orders → Export). Importing the same files again changes nothing.</source>
        <translation>請選擇從 Shopify 匯出的 CSV 檔（顧客 → 匯出、訂單 → 匯出）。再次匯入相同的檔案不會有任何變更。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>Customers export (CSV)</source>
        <translation>顧客匯出檔（CSV）</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>已取消匯入：沒有任何變更。</translation>
    </message>
    <message>
        <source>Import store data</source>
        <translation>匯入商店資料</translation>
    </message>
    <message>
        <source>Importing… you can keep working.</source>
        <translation>正在匯入… 您可以繼續工作。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Nothing was imported: {0}</source>
        <translation>沒有匯入任何資料：{0}</translation>
    </message>
    <message>
        <source>Orders export (CSV)</source>
        <translation>訂單匯出檔（CSV）</translation>
    </message>
    <message>
        <source>Why it was skipped</source>
        <translation>略過原因</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>選填</translation>
    </message>
    <message>
        <source>{0}: {1} new, {2} updated, {3} skipped</source>
        <translation>{0}：新增 {1}、更新 {2}、略過 {3}</translation>
    </message>
</context>
<context>
    <name>ListEditors</name>
    <message>
        <source>Add branch</source>
        <translation>新增分支</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>分支</translation>
    </message>
    <message>
        <source>Names separated by commas</source>
        <translation>名稱，以逗號分隔</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>SKUs or product titles, separated by commas</source>
        <translation>SKU 或商品名稱，以逗號分隔</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>Total: {0} %</source>
        <translation>合計：{0} %</translation>
    </message>
    <message>
        <source>{0} — must be 100 %</source>
        <translation>{0} — 必須是 100 %</translation>
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
        <translation>草稿</translation>
    </message>
    <message>
        <source>New flow</source>
        <translation>新流程</translation>
    </message>
    <message>
        <source>No problems: this flow is ready.</source>
        <translation>沒有問題：這個流程已準備就緒。</translation>
    </message>
    <message>
        <source>Nothing to paste</source>
        <translation>沒有可貼上的內容</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>要儲存變更嗎？</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步驟</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未儲存的變更</translation>
    </message>
    <message>
        <source>Your flows</source>
        <translation>您的流程</translation>
    </message>
    <message>
        <source>{0} problem(s): see the Problems panel.</source>
        <translation>{0} 個問題：請查看「問題」面板。</translation>
    </message>
    <message>
        <source>“{0}” has changes that are not saved. Save them before you go on?</source>
        <translation>「{0}」有尚未儲存的變更。要先儲存再繼續嗎？</translation>
    </message>
</context>
<context>
    <name>NodeCatalog</name>
    <message>
        <source>...with this value (leave empty for any value).</source>
        <translation>...且為這個值（留空表示任何值）。</translation>
    </message>
    <message>
        <source>0 starts on the day itself.</source>
        <translation>0 表示當天開始。</translation>
    </message>
    <message>
        <source>0 starts on the day the points expire.</source>
        <translation>0 表示點數到期當天開始。</translation>
    </message>
    <message>
        <source>A code is only worth creating when the email that carries it may be sent: contacts who do not accept email marketing are skipped.</source>
        <translation>只有在帶著優惠碼的郵件能寄出時才值得建立優惠碼：不接受行銷郵件的顧客會被略過。</translation>
    </message>
    <message>
        <source>A contact field that receives the time of the check; leave empty to record it in the activity log only.</source>
        <translation>用來記錄檢查時間的顧客欄位；留空則只記在活動紀錄中。</translation>
    </message>
    <message>
        <source>A custom field holding a YYYY-MM-DD date.</source>
        <translation>存放 YYYY-MM-DD 日期的自訂欄位。</translation>
    </message>
    <message>
        <source>A friend used the referral code</source>
        <translation>朋友使用了推薦碼</translation>
    </message>
    <message>
        <source>A score</source>
        <translation>分數</translation>
    </message>
    <message>
        <source>Accepts email marketing</source>
        <translation>接受行銷郵件</translation>
    </message>
    <message>
        <source>Accessories</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>增加</translation>
    </message>
    <message>
        <source>Add or remove points</source>
        <translation>增加或扣除點數</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>加上標籤</translation>
    </message>
    <message>
        <source>Adds a tag to the contact (other flows may start on it).</source>
        <translation>為顧客加上標籤（其他流程可以由此開始）。</translation>
    </message>
    <message>
        <source>Adds to or subtracts from the contact&apos;s loyalty points or a named score.</source>
        <translation>增加或扣除顧客的會員點數或指定分數。</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>符合所有規則</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Anniversary of the first purchase</source>
        <translation>首次購買週年</translation>
    </message>
    <message>
        <source>Another date field</source>
        <translation>其他日期欄位</translation>
    </message>
    <message>
        <source>Any rule</source>
        <translation>符合任一規則</translation>
    </message>
    <message>
        <source>At least (times)</source>
        <translation>至少（次）</translation>
    </message>
    <message>
        <source>At least this many points expiring</source>
        <translation>至少有這麼多點即將到期</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>平均客單價</translation>
    </message>
    <message>
        <source>Best sellers of a collection</source>
        <translation>某個商品系列的熱銷商品</translation>
    </message>
    <message>
        <source>Birthday (field birth_date)</source>
        <translation>生日（欄位 birth_date）</translation>
    </message>
    <message>
        <source>Bought together with the order (by other customers)</source>
        <translation>其他顧客與這筆訂單一起買的商品</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>分支</translation>
    </message>
    <message>
        <source>Call a webhook</source>
        <translation>呼叫 Webhook</translation>
    </message>
    <message>
        <source>Cashback (% of the order total)</source>
        <translation>購物金回饋（訂單金額的 %）</translation>
    </message>
    <message>
        <source>Cashback {percent} % for {expires_days} days</source>
        <translation>回饋 {percent}% 購物金，{expires_days} 天內有效</translation>
    </message>
    <message>
        <source>Check consent</source>
        <translation>確認同意狀態</translation>
    </message>
    <message>
        <source>Checks the order that started the flow: its total, products or discount code.</source>
        <translation>檢查啟動流程的那筆訂單：金額、商品或折扣碼。</translation>
    </message>
    <message>
        <source>Checks whether the contact accepts email marketing right now and records the check (the answer and when it was given) in the activity log and, optionally, a contact field, so you can show that consent was verified. Continues on “yes” or “no”.</source>
        <translation>確認顧客此刻是否接受行銷郵件，並把檢查結果（答案和時間）記在活動紀錄中，也可以記在顧客欄位裡，讓您能證明已確認過同意。依結果走「是」或「否」。</translation>
    </message>
    <message>
        <source>Chooses products to show in the next emails, from the shop&apos;s own order history: the contact&apos;s favourites, what other customers bought together with this order, the best sellers of a collection, or the product a tag or event names. Emails then show them as {{ products }} (each with title, sku, price and url). Continues on “found”, or on “none” when there is nothing to show.</source>
        <translation>從商店自己的訂單紀錄挑選要在後續郵件中展示的商品：顧客最常買的、其他顧客與這筆訂單一起買的、某商品系列的熱銷商品，或標籤或事件中提到的商品。郵件中以 {{ products }} 顯示（每項包含 title、sku、price 和 url）。有結果時走「found」，沒有可展示的商品時走「none」。</translation>
    </message>
    <message>
        <source>Code prefix</source>
        <translation>代碼前綴</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>商品系列</translation>
    </message>
    <message>
        <source>Collections in the order</source>
        <translation>訂單中的商品系列</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Continues on “yes” when the contact has sent the event at least N times within a period, counting only events for the same value of a property as the event that started the flow (for example the same product), this one included.</source>
        <translation>顧客在一段期間內送出這個事件至少 N 次時走「是」；只計算屬性值與啟動流程的事件相同的事件（例如同一件商品），包含該事件本身。</translation>
    </message>
    <message>
        <source>Continues on “yes” when the contact matches the rules (tags, fields, consent, orders, total spent, days since last order, RFM, points, tier), else on “no”.</source>
        <translation>顧客符合規則（標籤、欄位、同意狀態、訂單、消費總額、距上次訂單天數、RFM、點數、等級）時走「是」，否則走「否」。</translation>
    </message>
    <message>
        <source>Count only events with the same</source>
        <translation>只計算相同的</translation>
    </message>
    <message>
        <source>Create a task</source>
        <translation>建立待辦事項</translation>
    </message>
    <message>
        <source>Creates a unique coupon code for this contact; later emails can show it as {{ coupon.code }}.</source>
        <translation>為這位顧客建立專屬的優惠碼；之後的郵件可以用 {{ coupon.code }} 顯示。</translation>
    </message>
    <message>
        <source>Customer signed up</source>
        <translation>新顧客註冊</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Date reached</source>
        <translation>到了指定日期</translation>
    </message>
    <message>
        <source>Days before</source>
        <translation>提前天數</translation>
    </message>
    <message>
        <source>Days since last order</source>
        <translation>距上次訂單天數</translation>
    </message>
    <message>
        <source>Days since last purchase</source>
        <translation>距上次購買天數</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Discount code used</source>
        <translation>使用了折扣碼</translation>
    </message>
    <message>
        <source>Earlier events count when they came this long before, or less.</source>
        <translation>在這段時間內的較早事件也會計入。</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Email “{template[subject]}”</source>
        <translation>郵件「{template[subject]}」</translation>
    </message>
    <message>
        <source>End</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>End ({outcome})</source>
        <translation>結束（{outcome}）</translation>
    </message>
    <message>
        <source>Ends the contact&apos;s run here; “goal reached” counts it as a success.</source>
        <translation>顧客的流程在此結束；「達成目標」會算作成功。</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>事件名稱</translation>
    </message>
    <message>
        <source>Event number</source>
        <translation>第幾次事件</translation>
    </message>
    <message>
        <source>Event property</source>
        <translation>事件屬性</translation>
    </message>
    <message>
        <source>Event property (property=value)</source>
        <translation>事件屬性（屬性=值）</translation>
    </message>
    <message>
        <source>Event received</source>
        <translation>收到事件</translation>
    </message>
    <message>
        <source>Event “{event}”</source>
        <translation>事件「{event}」</translation>
    </message>
    <message>
        <source>Every day at a time, works out each customer&apos;s RFM segment (Champions, Loyal, Potential loyalist, New, At risk, Can&apos;t lose them, Hibernating, Lost) from their recency, frequency and monetary scores, and starts for every customer whose segment tag is missing or out of date (on the first day, everyone who has purchased). The flow sees the new segment as {{ event.segment }}.</source>
        <translation>每天在指定時間，依最近購買、購買頻率和消費金額計算每位顧客的 RFM 分群（Champions、Loyal、Potential loyalist、New、At risk、Can&apos;t lose them、Hibernating、Lost），並為分群標籤缺少或過時的每位顧客啟動流程（第一天會包含所有買過東西的顧客）。流程中可用 {{ event.segment }} 取得新的分群。</translation>
    </message>
    <message>
        <source>Every event</source>
        <translation>每次事件</translation>
    </message>
    <message>
        <source>Every order</source>
        <translation>每筆訂單</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Field name</source>
        <translation>欄位名稱</translation>
    </message>
    <message>
        <source>Fixed amount off</source>
        <translation>固定金額折扣</translation>
    </message>
    <message>
        <source>Free shipping</source>
        <translation>免運費</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Friend&apos;s discount</source>
        <translation>朋友的折扣</translation>
    </message>
    <message>
        <source>Give cashback coupon</source>
        <translation>發放購物金優惠券</translation>
    </message>
    <message>
        <source>Give referral code</source>
        <translation>發放推薦碼</translation>
    </message>
    <message>
        <source>Give up after</source>
        <translation>最多等待</translation>
    </message>
    <message>
        <source>Gives back a share of the triggering order&apos;s total as a single-use coupon for a fixed amount off the next order; later emails show it as {{ coupon.code }} and {{ coupon.value }}.</source>
        <translation>將觸發訂單金額的一部分，以單次使用、折抵固定金額的優惠券回饋給顧客，用於下一筆訂單；之後的郵件以 {{ coupon.code }} 和 {{ coupon.value }} 顯示。</translation>
    </message>
    <message>
        <source>Gives the contact a personal referral code for friends (the same code every time) and creates it in the store as a reusable discount; later emails show it as {{ referral.code }}. An order that uses it starts “Referral code used” for the contact.</source>
        <translation>給顧客一組分享給朋友的個人推薦碼（每次都相同），並在商店中建立為可重複使用的折扣；之後的郵件以 {{ referral.code }} 顯示。使用這組代碼的訂單會為該顧客啟動「推薦碼被使用」。</translation>
    </message>
    <message>
        <source>Goal reached</source>
        <translation>達成目標</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>If contact…</source>
        <translation>如果顧客…</translation>
    </message>
    <message>
        <source>If event repeated…</source>
        <translation>如果事件重複…</translation>
    </message>
    <message>
        <source>If the order…</source>
        <translation>如果訂單…</translation>
    </message>
    <message>
        <source>If {rules}</source>
        <translation>如果 {rules}</translation>
    </message>
    <message>
        <source>In the shop&apos;s time zone.</source>
        <translation>以商店時區為準。</translation>
    </message>
    <message>
        <source>Inactive for N days</source>
        <translation>N 天未活動</translation>
    </message>
    <message>
        <source>Issue coupon</source>
        <translation>發放優惠券</translation>
    </message>
    <message>
        <source>Kind of email</source>
        <translation>郵件類型</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Leave empty for any total.</source>
        <translation>留空表示任何金額。</translation>
    </message>
    <message>
        <source>Leave out what the contact already bought</source>
        <translation>排除顧客已經買過的商品</translation>
    </message>
    <message>
        <source>Loyalty points</source>
        <translation>會員點數</translation>
    </message>
    <message>
        <source>Marketing (needs consent)</source>
        <translation>行銷郵件（需顧客同意）</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>符合條件</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>計算項目</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Minimum order total</source>
        <translation>最低訂單金額</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Moves up to: {tiers}</source>
        <translation>升級到：{tiers}</translation>
    </message>
    <message>
        <source>Multiplies the amount by the order total (1 point per hryvnia).</source>
        <translation>將數量乘以訂單金額（每 1 元 1 點）。</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新顧客</translation>
    </message>
    <message>
        <source>Notify me / create task</source>
        <translation>通知我／建立待辦事項</translation>
    </message>
    <message>
        <source>Notify: {message}</source>
        <translation>通知：{message}</translation>
    </message>
    <message>
        <source>Number of orders</source>
        <translation>訂單數</translation>
    </message>
    <message>
        <source>Only events with the same value as the triggering event count; leave empty to count every event of that name.</source>
        <translation>只計算與觸發事件值相同的事件；留空則計算所有同名事件。</translation>
    </message>
    <message>
        <source>Only for contacts who accept email marketing</source>
        <translation>只限接受行銷郵件的顧客</translation>
    </message>
    <message>
        <source>Only if the field is empty</source>
        <translation>只在欄位為空時</translation>
    </message>
    <message>
        <source>Only into these tiers</source>
        <translation>只限升到這些等級</translation>
    </message>
    <message>
        <source>Only on</source>
        <translation>只在</translation>
    </message>
    <message>
        <source>Only the Nth event within a period</source>
        <translation>只在期間內第 N 次事件</translation>
    </message>
    <message>
        <source>Only the Nth order</source>
        <translation>只在第 N 筆訂單</translation>
    </message>
    <message>
        <source>Only the first order</source>
        <translation>只在第一筆訂單</translation>
    </message>
    <message>
        <source>Only when property</source>
        <translation>只在屬性</translation>
    </message>
    <message>
        <source>Only with products from these collections</source>
        <translation>只限含有這些商品系列的商品</translation>
    </message>
    <message>
        <source>Only with these products</source>
        <translation>只限這些商品</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Optional: a property name the event must carry...</source>
        <translation>選填：事件必須帶有的屬性名稱...</translation>
    </message>
    <message>
        <source>Optional: a property name, such as product. Then each product is counted on its own, and an event without that property starts nothing.</source>
        <translation>選填：屬性名稱，例如 product。這樣每件商品會分開計算，沒有這個屬性的事件則不會啟動任何東西。</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>訂單編號</translation>
    </message>
    <message>
        <source>Order placed</source>
        <translation>顧客下單</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>訂單金額</translation>
    </message>
    <message>
        <source>Orders whose cashback is less than this get no coupon.</source>
        <translation>回饋金額低於此數的訂單不發優惠券。</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
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
        <translation>依訂單每一元</translation>
    </message>
    <message>
        <source>Percentage off</source>
        <translation>百分比折扣</translation>
    </message>
    <message>
        <source>Pick products</source>
        <translation>挑選商品</translation>
    </message>
    <message>
        <source>Pick {limit} products ({source})</source>
        <translation>挑選 {limit} 件商品（{source}）</translation>
    </message>
    <message>
        <source>Points about to expire</source>
        <translation>點數即將到期</translation>
    </message>
    <message>
        <source>Points expire after (days)</source>
        <translation>點數有效天數</translation>
    </message>
    <message>
        <source>Points or score reached</source>
        <translation>點數或分數達標</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Products in the order</source>
        <translation>訂單中的商品</translation>
    </message>
    <message>
        <source>RFM frequency (1–5)</source>
        <translation>RFM 購買頻率（1–5）</translation>
    </message>
    <message>
        <source>RFM monetary (1–5)</source>
        <translation>RFM 消費金額（1–5）</translation>
    </message>
    <message>
        <source>RFM recency (1–5)</source>
        <translation>RFM 最近購買（1–5）</translation>
    </message>
    <message>
        <source>RFM segment changed</source>
        <translation>RFM 分群變更</translation>
    </message>
    <message>
        <source>RFM segment daily at {time_of_day}</source>
        <translation>每天 {time_of_day} 計算 RFM 分群</translation>
    </message>
    <message>
        <source>Random split (A/B)</source>
        <translation>隨機分流（A/B）</translation>
    </message>
    <message>
        <source>Record the check in field</source>
        <translation>將檢查記錄在欄位</translation>
    </message>
    <message>
        <source> and </source>
        <translation> 且 </translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>Coupon {value} % off</source>
        <translation>優惠券 {value}% 折扣</translation>
    </message>
    <message>
        <source>Coupon {value} off</source>
        <translation>優惠券折抵 {value}</translation>
    </message>
    <message>
        <source>Coupon: free shipping</source>
        <translation>優惠券：免運費</translation>
    </message>
    <message>
        <source>First order only</source>
        <translation>只限第一筆訂單</translation>
    </message>
    <message>
        <source>Order number {nth}</source>
        <translation>第 {nth} 筆訂單</translation>
    </message>
    <message>
        <source>Referral code used</source>
        <translation>推薦碼被使用</translation>
    </message>
    <message>
        <source>Referral code: free shipping for friends</source>
        <translation>推薦碼：朋友享免運費</translation>
    </message>
    <message>
        <source>Referral code: friends get {value} % off</source>
        <translation>推薦碼：朋友享 {value}% 折扣</translation>
    </message>
    <message>
        <source>Referral code: friends get {value} off</source>
        <translation>推薦碼：朋友折抵 {value}</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>移除標籤</translation>
    </message>
    <message>
        <source>Removes a tag from the contact. End the tag with * to remove a family of tags, e.g. segment:*.</source>
        <translation>移除顧客的標籤。標籤結尾加上 * 可移除一整組標籤，例如 segment:*。</translation>
    </message>
    <message>
        <source>Reset points to 0</source>
        <translation>點數歸零</translation>
    </message>
    <message>
        <source>Reset score “{score}” to 0</source>
        <translation>分數「{score}」歸零</translation>
    </message>
    <message>
        <source>Reset to 0</source>
        <translation>歸零</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>規則</translation>
    </message>
    <message>
        <source>SKUs or product titles; empty means any product.</source>
        <translation>SKU 或商品名稱；留空表示任何商品。</translation>
    </message>
    <message>
        <source>Same value of property</source>
        <translation>屬性值相同</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Score name</source>
        <translation>分數名稱</translation>
    </message>
    <message>
        <source>Score “{score}”: {operation} {amount}</source>
        <translation>分數「{score}」：{operation} {amount}</translation>
    </message>
    <message>
        <source>Segment tags start with</source>
        <translation>分群標籤開頭為</translation>
    </message>
    <message>
        <source>Send email</source>
        <translation>寄送電子郵件</translation>
    </message>
    <message>
        <source>Sends an email written with the template editor. Marketing emails only go to contacts who accept email marketing and always carry an unsubscribe link; transactional ones (an order question, a receipt) go to everyone.</source>
        <translation>寄出用範本編輯器寫好的郵件。行銷郵件只寄給接受行銷郵件的顧客，而且一定附有取消訂閱連結；交易郵件（訂單問題、收據）則會寄給所有人。</translation>
    </message>
    <message>
        <source>Sends each contact down one branch at random, in the given percentages, to compare two offers or wordings.</source>
        <translation>依設定的比例，隨機把每位顧客分到其中一個分支，用來比較兩種優惠或寫法。</translation>
    </message>
    <message>
        <source>Sends the contact&apos;s details to another service as JSON.</source>
        <translation>以 JSON 將顧客資料傳送到其他服務。</translation>
    </message>
    <message>
        <source>Set field</source>
        <translation>設定欄位</translation>
    </message>
    <message>
        <source>Set {field}</source>
        <translation>設定 {field}</translation>
    </message>
    <message>
        <source>Single use</source>
        <translation>僅限使用一次</translation>
    </message>
    <message>
        <source>Smallest coupon worth giving</source>
        <translation>最低回饋金額</translation>
    </message>
    <message>
        <source>Split {branches}</source>
        <translation>分流 {branches}</translation>
    </message>
    <message>
        <source>Starts a number of days before some of a contact&apos;s loyalty points expire (points earned with an expiry, oldest spent first). Emails can show the points as {{ event.points }}, the day as {{ event.expires_on }} and the balance as {{ contact.points }}.</source>
        <translation>在顧客部分會員點數到期的幾天前啟動（有期限的點數，最早的先用掉）。郵件可以用 {{ event.points }} 顯示點數、{{ event.expires_on }} 顯示日期，{{ contact.points }} 顯示目前點數。</translation>
    </message>
    <message>
        <source>Starts every year on a contact&apos;s date, such as their birthday or the anniversary of their first purchase, at a time of day. A birthday on 29 February is celebrated on 28 February in other years.</source>
        <translation>每年在顧客的某個日期（例如生日或首次購買週年）的指定時間啟動。2 月 29 日生日的顧客，在其他年份會於 2 月 28 日慶祝。</translation>
    </message>
    <message>
        <source>Starts for the referrer when someone else&apos;s order (not cancelled or voided) uses the referrer&apos;s personal referral code. Emails can name the friend as {{ event.friend_first_name }}.</source>
        <translation>當別人的訂單（未取消、未作廢）使用了推薦人的個人推薦碼時，為推薦人啟動。郵件可以用 {{ event.friend_first_name }} 稱呼這位朋友。</translation>
    </message>
    <message>
        <source>Starts on exactly this order: 5 means the contact&apos;s fifth purchase.</source>
        <translation>在這一筆訂單時啟動：5 表示顧客的第五次購買。</translation>
    </message>
    <message>
        <source>Starts on the day a customer reaches N days since their last purchase. Customers who were already past N days when the flow was switched on only enter if the flow&apos;s “also enrol those who already qualify” option is on.</source>
        <translation>在顧客距上次購買滿 N 天的那天啟動。流程啟用時已超過 N 天的顧客，只有在流程的「也納入已符合條件的顧客」選項開啟時才會進入。</translation>
    </message>
    <message>
        <source>Starts on the event that makes this many within the period: 3 means the third. The events after it start nothing until a whole period has passed with no event reaching this number; then the next one that reaches it starts the flow again.</source>
        <translation>在期間內達到這個次數的事件時啟動：3 表示第三次。之後的事件不會啟動任何東西，直到經過一整段期間都沒有事件達到這個次數；之後下一個達到的事件才會再次啟動流程。</translation>
    </message>
    <message>
        <source>Starts when a contact places an order (cancelled and voided orders never count). Optionally only their first order or their Nth order, only orders with certain products or collections, or above a minimum total.</source>
        <translation>在顧客下單時啟動（已取消和作廢的訂單一律不算）。也可以只限第一筆或第 N 筆訂單、只限含有特定商品或商品系列的訂單，或超過最低金額的訂單。</translation>
    </message>
    <message>
        <source>Starts when a contact&apos;s points balance or a named score rises to a threshold (it fires on the crossing, not while it stays above).</source>
        <translation>當顧客的點數或指定分數升到門檻時啟動（在跨過門檻時觸發，不會在一直高於門檻時重複觸發）。</translation>
    </message>
    <message>
        <source>Starts when a contact&apos;s points move them up into a higher loyalty tier (the tiers and their points are set in the shop settings, e.g. Bronze 0, Silver 500, Gold 1500). Conditions and emails can use the new tier as {{ contact.tier }}.</source>
        <translation>當顧客的點數讓他升上更高的會員等級時啟動（等級和所需點數在商店設定中設定，例如 銅級 0、銀級 500、金級 1500）。條件和郵件可以用 {{ contact.tier }} 取得新的等級。</translation>
    </message>
    <message>
        <source>Starts when a new customer account or contact is created in the shop.</source>
        <translation>當商店中建立新的顧客帳號或聯絡人時啟動。</translation>
    </message>
    <message>
        <source>Starts when a tag is added to a contact. End the tag with * to match a family of tags, e.g. interested:*.</source>
        <translation>當顧客被加上標籤時啟動。標籤結尾加上 * 可比對一整組標籤，例如 interested:*。</translation>
    </message>
    <message>
        <source>Starts when an event arrives for a contact: product_viewed, form_submitted, nps_submitted, complaint, or any name your shop sends. Optionally only on the Nth such event within a period, such as the third view of the same product within 14 days.</source>
        <translation>當顧客收到事件時啟動：product_viewed、form_submitted、nps_submitted、complaint，或您商店送出的任何名稱。也可以只在期間內第 N 次這類事件時啟動，例如 14 天內第三次瀏覽同一件商品。</translation>
    </message>
    <message>
        <source>Stops all marketing email to this contact and records when.</source>
        <translation>停止寄送所有行銷郵件給這位顧客，並記錄時間。</translation>
    </message>
    <message>
        <source>Stores a value in one of the contact&apos;s fields. The value may use template placeholders such as {{ order.created_at.date() }}.</source>
        <translation>在顧客的某個欄位中存入一個值。值可以使用範本變數，例如 {{ order.created_at.date() }}。</translation>
    </message>
    <message>
        <source>Subtract</source>
        <translation>扣除</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Tag added</source>
        <translation>加上標籤</translation>
    </message>
    <message>
        <source>Tag “{tag}”</source>
        <translation>標籤「{tag}」</translation>
    </message>
    <message>
        <source>Tag “{tag}” added</source>
        <translation>加上標籤「{tag}」</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Tells the shop owner about this contact, and optionally adds a task to the to-do list.</source>
        <translation>通知店主這位顧客的狀況，也可以在待辦清單中新增一項。</translation>
    </message>
    <message>
        <source>The collection whose best sellers are shown.</source>
        <translation>要展示熱銷商品的商品系列。</translation>
    </message>
    <message>
        <source>The contact&apos;s most bought products</source>
        <translation>顧客最常買的商品</translation>
    </message>
    <message>
        <source>The product named in the event</source>
        <translation>事件中提到的商品</translation>
    </message>
    <message>
        <source>The product named in the tag (interested:&lt;product&gt;)</source>
        <translation>標籤中提到的商品（interested:&lt;商品&gt;）</translation>
    </message>
    <message>
        <source>The property of the event that holds the product&apos;s SKU, handle or title.</source>
        <translation>事件中存放商品 SKU、代稱或名稱的屬性。</translation>
    </message>
    <message>
        <source>The tag group that holds the segment, e.g. rfm:Champions.</source>
        <translation>存放分群的標籤群組，例如 rfm:Champions。</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>門檻</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Tier names from the shop settings, e.g. Gold; empty means every move up.</source>
        <translation>商店設定中的等級名稱，例如 金級；留空表示每次升級都算。</translation>
    </message>
    <message>
        <source>Tier reached</source>
        <translation>升級會員等級</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>消費總額</translation>
    </message>
    <message>
        <source>Transactional</source>
        <translation>交易通知</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>取消訂閱</translation>
    </message>
    <message>
        <source>Unsubscribe from marketing</source>
        <translation>取消訂閱行銷郵件</translation>
    </message>
    <message>
        <source>Untag “{tag}”</source>
        <translation>移除標籤「{tag}」</translation>
    </message>
    <message>
        <source>Until {event}, at most {timeout}</source>
        <translation>直到 {event}，最多 {timeout}</translation>
    </message>
    <message>
        <source>Until {time_of_day}</source>
        <translation>直到 {time_of_day}</translation>
    </message>
    <message>
        <source>Valid for (days)</source>
        <translation>有效天數</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>等待</translation>
    </message>
    <message>
        <source>Wait for</source>
        <translation>等待時間</translation>
    </message>
    <message>
        <source>Wait for an event</source>
        <translation>等待事件</translation>
    </message>
    <message>
        <source>Wait until a time</source>
        <translation>等到指定時間</translation>
    </message>
    <message>
        <source>Wait {duration}</source>
        <translation>等待 {duration}</translation>
    </message>
    <message>
        <source>Waits for a fixed time before the next step.</source>
        <translation>等待一段固定時間再進行下一步。</translation>
    </message>
    <message>
        <source>Waits until the contact does something (places an order, submits a form) or until the time runs out, and continues on the matching exit.</source>
        <translation>等到顧客做了某件事（下單、送出表單）或時間到了，再從對應的出口繼續。</translation>
    </message>
    <message>
        <source>Waits until the next time of day in the shop&apos;s time zone, optionally only on certain weekdays (for example: the next weekday at 10:00).</source>
        <translation>等到商店時區的下一個指定時間，也可以只限一週中的某幾天（例如：下一個平日的 10:00）。</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Weekdays (mon … sun); empty means any day.</source>
        <translation>星期幾（mon … sun）；留空表示任何一天。</translation>
    </message>
    <message>
        <source>Which events</source>
        <translation>哪些事件</translation>
    </message>
    <message>
        <source>Which orders</source>
        <translation>哪些訂單</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>day</source>
        <translation>天</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>equals</source>
        <translation>等於</translation>
    </message>
    <message>
        <source>form_submitted</source>
        <translation>form_submitted</translation>
    </message>
    <message>
        <source>has all of</source>
        <translation>全部都有</translation>
    </message>
    <message>
        <source>has any of</source>
        <translation>有任一個</translation>
    </message>
    <message>
        <source>has none of</source>
        <translation>全部都沒有</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>小時</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小時</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>is</source>
        <translation>是</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>至少</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>最多</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>是空的</translation>
    </message>
    <message>
        <source>is filled in</source>
        <translation>已填寫</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>少於</translation>
    </message>
    <message>
        <source>is more than</source>
        <translation>多於</translation>
    </message>
    <message>
        <source>is no</source>
        <translation>為否</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>不是</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>不是空的</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>是其中之一</translation>
    </message>
    <message>
        <source>is yes</source>
        <translation>為是</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>分鐘</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分鐘</translation>
    </message>
    <message>
        <source>order_placed, or the name of a custom event.</source>
        <translation>order_placed，或自訂事件的名稱。</translation>
    </message>
    <message>
        <source>product</source>
        <translation>product</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>開頭是</translation>
    </message>
    <message>
        <source>vip</source>
        <translation>vip</translation>
    </message>
    <message>
        <source>week</source>
        <translation>週</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>週</translation>
    </message>
    <message>
        <source>{date} at {time_of_day}</source>
        <translation>{date} {time_of_day}</translation>
    </message>
    <message>
        <source>{days_before} days before points expire</source>
        <translation>點數到期前 {days_before} 天</translation>
    </message>
    <message>
        <source>{days} days without an order</source>
        <translation>{days} 天沒有下單</translation>
    </message>
    <message>
        <source>{event} {times}× within {within}</source>
        <translation>{within}內 {event} {times} 次</translation>
    </message>
    <message>
        <source>{measure}: {threshold} or more</source>
        <translation>{measure}：{threshold} 以上</translation>
    </message>
    <message>
        <source>{operation} {amount} points</source>
        <translation>{operation} {amount} 點</translation>
    </message>
    <message>
        <source>“{event}” {times} times within {within}</source>
        <translation>{within}內「{event}」{times} 次</translation>
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
        <translation>動作</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>動作</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>條件</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>條件</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>觸發</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>觸發</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>等待</translation>
    </message>
    <message>
        <source>Waits</source>
        <translation>等待</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <source>No step matches “{0}”.</source>
        <translation>沒有符合「{0}」的步驟。</translation>
    </message>
    <message>
        <source>Search steps</source>
        <translation>搜尋步驟</translation>
    </message>
</context>
<context>
    <name>ParamEditors</name>
    <message>
        <source>No date</source>
        <translation>無日期</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小時</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分鐘</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>週</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Flow</source>
        <translation>流程</translation>
    </message>
    <message>
        <source>No problems: this flow is ready.</source>
        <translation>沒有問題：這個流程已準備就緒。</translation>
    </message>
    <message>
        <source>Open or start a flow to have it checked here.</source>
        <translation>開啟或建立流程，就能在這裡檢查。</translation>
    </message>
</context>
<context>
    <name>PropertyForm</name>
    <message>
        <source>Please fill this in.</source>
        <translation>請填寫此欄。</translation>
    </message>
</context>
<context>
    <name>PropertyPanel</name>
    <message>
        <source>Flow settings…</source>
        <translation>流程設定…</translation>
    </message>
    <message>
        <source>Select a step to see its settings</source>
        <translation>選取步驟即可查看它的設定</translation>
    </message>
    <message>
        <source>Step name</source>
        <translation>步驟名稱</translation>
    </message>
    <message>
        <source>Who can enter this flow, its goals, and what happens when you switch it on</source>
        <translation>誰可以進入這個流程、流程的目標，以及啟用時會發生什麼</translation>
    </message>
</context>
<context>
    <name>RecipeGallery</name>
    <message>
        <source>Action</source>
        <translation>動作</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>所有類別</translation>
    </message>
    <message>
        <source>Close the recipes and go back</source>
        <translation>關閉範本並返回</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>條件</translation>
    </message>
    <message>
        <source>Picture of the flow</source>
        <translation>流程示意圖</translation>
    </message>
    <message>
        <source>Ready-made automations you can use as they are or change to suit your shop.</source>
        <translation>現成的自動化流程，可以直接使用，也可以依您的商店調整。</translation>
    </message>
    <message>
        <source>Recipes</source>
        <translation>範本</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>顯示：</translation>
    </message>
    <message>
        <source>Start from a recipe</source>
        <translation>從範本開始</translation>
    </message>
    <message>
        <source>There are no recipes in {folder}.</source>
        <translation>{folder} 中沒有範本。</translation>
    </message>
    <message>
        <source>This recipe cannot be opened:</source>
        <translation>無法開啟這個範本：</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>觸發</translation>
    </message>
    <message>
        <source>Use this recipe</source>
        <translation>使用這個範本</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>等待</translation>
    </message>
</context>
<context>
    <name>RulesEditor</name>
    <message>
        <source>A contact field…</source>
        <translation>顧客欄位…</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>數字</translation>
    </message>
    <message>
        <source>A score…</source>
        <translation>分數…</translation>
    </message>
    <message>
        <source>A value of the event…</source>
        <translation>事件的值…</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>新增規則</translation>
    </message>
    <message>
        <source>Goes on “yes” when &lt;b&gt;all&lt;/b&gt; of these rules are true:</source>
        <translation>當&lt;b&gt;所有&lt;/b&gt;規則都成立時走「是」：</translation>
    </message>
    <message>
        <source>Goes on “yes” when &lt;b&gt;any&lt;/b&gt; of these rules is true (one is enough):</source>
        <translation>當&lt;b&gt;任一&lt;/b&gt;規則成立時走「是」（一條就夠）：</translation>
    </message>
    <message>
        <source>Goes on “yes” when this rule is true:</source>
        <translation>當這條規則成立時走「是」：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>名稱，以逗號分隔</translation>
    </message>
    <message>
        <source>Remove this rule</source>
        <translation>移除這條規則</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>and</source>
        <translation>且</translation>
    </message>
    <message>
        <source>or</source>
        <translation>或</translation>
    </message>
</context>
<context>
    <name>ShopSettings</name>
    <message>
        <source>A currency is a three-letter code such as UAH or EUR.</source>
        <translation>幣別是三個字母的代碼，例如 TWD 或 USD。</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <source>Reply and unsubscribe address</source>
        <translation>回覆與取消訂閱的地址</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>商店名稱</translation>
    </message>
    <message>
        <source>Shop settings</source>
        <translation>商店設定</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>時區</translation>
    </message>
    <message>
        <source>“{0}” is not a time zone; pick one from the list, e.g. Europe/Kyiv.</source>
        <translation>「{0}」不是時區；請從清單中選擇，例如 Asia/Taipei。</translation>
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
        <translation>發生錯誤：{error}</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>(no subject)</source>
        <translation>（無主旨）</translation>
    </message>
    <message>
        <source>Advanced: HTML</source>
        <translation>進階：HTML</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>粗體</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>項目符號清單</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>按鈕</translation>
    </message>
    <message>
        <source>Button link</source>
        <translation>按鈕連結</translation>
    </message>
    <message>
        <source>Button link…</source>
        <translation>按鈕連結…</translation>
    </message>
    <message>
        <source>Coupon code</source>
        <translation>優惠碼</translation>
    </message>
    <message>
        <source>Coupon expiry date</source>
        <translation>優惠券到期日</translation>
    </message>
    <message>
        <source>Coupon value</source>
        <translation>優惠券面額</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>電子郵件地址</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名字</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>插入</translation>
    </message>
    <message>
        <source>Insert a personal detail at the cursor</source>
        <translation>在游標處插入個人資料</translation>
    </message>
    <message>
        <source>Insert a personal detail: the first name, the coupon code, the unsubscribe link…</source>
        <translation>插入個人資料：名字、優惠碼、取消訂閱連結…</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>斜體</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓氏</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>連結</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>連結…</translation>
    </message>
    <message>
        <source>Loyalty points</source>
        <translation>會員點數</translation>
    </message>
    <message>
        <source>Mail programs that do not show formatting use the plain text. It is made from the email unless you write it.</source>
        <translation>不顯示格式的郵件程式會使用純文字版本。除非您自己撰寫，否則會由郵件內容自動產生。</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>訂單編號</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>訂單金額</translation>
    </message>
    <message>
        <source>Picked product</source>
        <translation>挑選的商品</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>純文字</translation>
    </message>
    <message>
        <source>Preview for a sample contact</source>
        <translation>以範例顧客預覽</translation>
    </message>
    <message>
        <source>Referral code</source>
        <translation>推薦碼</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>商店名稱</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主旨</translation>
    </message>
    <message>
        <source>The email text</source>
        <translation>郵件內容</translation>
    </message>
    <message>
        <source>The email&apos;s HTML source, for those who know HTML. Personal details are {{ … }} tags.</source>
        <translation>郵件的 HTML 原始碼，給懂 HTML 的人使用。個人資料是 {{ … }} 標記。</translation>
    </message>
    <message>
        <source>The plain-text version</source>
        <translation>純文字版本</translation>
    </message>
    <message>
        <source>The subject line</source>
        <translation>郵件主旨</translation>
    </message>
    <message>
        <source>This email uses layout the visual editor cannot show exactly. Editing it here simplifies it; the Advanced: HTML tab keeps it as it is.</source>
        <translation>這封郵件的版面是視覺化編輯器無法完整呈現的。在這裡編輯會簡化版面；「進階：HTML」分頁則會保留原樣。</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>會員等級</translation>
    </message>
    <message>
        <source>Unsubscribe link</source>
        <translation>取消訂閱連結</translation>
    </message>
    <message>
        <source>Visit the shop</source>
        <translation>逛逛商店</translation>
    </message>
    <message>
        <source>Web address the button leads to:</source>
        <translation>按鈕要連到的網址：</translation>
    </message>
    <message>
        <source>Web address the selected words lead to (leave empty to remove the link):</source>
        <translation>選取文字要連到的網址（留空即可移除連結）：</translation>
    </message>
    <message>
        <source>Write the plain-text version myself</source>
        <translation>自己撰寫純文字版本</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>您的商店</translation>
    </message>
    <message>
        <source>{0} cannot be read: {1}</source>
        <translation>無法讀取 {0}：{1}</translation>
    </message>
    <message>
        <source>{0} has a mistake on line {1}: {2}</source>
        <translation>{0} 第 {1} 行有錯誤：{2}</translation>
    </message>
    <message>
        <source>{0}, or “{1}”</source>
        <translation>{0}，或「{1}」</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&lt;b&gt;Demo data is loaded&lt;/b&gt;: {customers} made-up customers and {orders} orders. Try a recipe on them, and remove them before you bring in your own shop.</source>
        <translation>&lt;b&gt;已載入示範資料&lt;/b&gt;：{customers} 位虛構顧客和 {orders} 筆訂單。先在這些資料上試試範本，匯入自己的商店前再把它們移除。</translation>
    </message>
    <message>
        <source>Bring in the customer and order CSV files exported from Shopify.</source>
        <translation>匯入從 Shopify 匯出的顧客和訂單 CSV 檔。</translation>
    </message>
    <message>
        <source>Bring your customers back with small automations that you draw yourself and try on your own order history first. How would you like to start?</source>
        <translation>用自己設計的小型自動化流程，讓顧客再次回購，還能先用自己的訂單紀錄試跑。您想從哪裡開始？</translation>
    </message>
    <message numerus="yes">
        <source>Building a demo shop with %n customers…</source>
        <translation>
            <numerusform>正在建立有 %n 位顧客的示範商店…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Explore %n made-up customers and their orders; remove them in one click.</source>
        <translation>
            <numerusform>看看 %n 位虛構顧客和他們的訂單；一鍵就能移除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import my shop&apos;s exports</source>
        <translation>匯入我的商店資料</translation>
    </message>
    <message>
        <source>Opening your workspace…</source>
        <translation>正在開啟您的工作區…</translation>
    </message>
    <message>
        <source>Pick a ready-made automation, like a thank-you coupon or a win-back.</source>
        <translation>挑一個現成的自動化流程，例如感謝優惠券或喚回老顧客。</translation>
    </message>
    <message>
        <source>Remove demo data</source>
        <translation>移除示範資料</translation>
    </message>
    <message>
        <source>Removing the demo data…</source>
        <translation>正在移除示範資料…</translation>
    </message>
    <message>
        <source>Start from a recipe</source>
        <translation>從範本開始</translation>
    </message>
    <message>
        <source>Try a demo shop</source>
        <translation>試用示範商店</translation>
    </message>
    <message>
        <source>Welcome to Boomerang</source>
        <translation>歡迎使用 Boomerang</translation>
    </message>
</context>
</TS>
