### Workflow "remove-relationship": remove a relationship with a reseller;
### subscriptions it supported go back to the indirect provider.

# Workflow title, in workflow lists and page titles.
remove-title = 移除與轉售商的關係
# One-line summary, in workflow lists.
remove-description = 結束與間接轉售商的關係；該轉售商所支援的訂用帳戶將改回由{ -indirect-provider }支援。

# Step "reseller".
remove-reseller-prompt = 請選取要移除關係的轉售商。
# Caption of one reseller. $name - its name; $state - requested or established (not translated);
# $delegated-admin - true or false (not translated).
remove-reseller-option = { $name }（{ $state ->
        [requested] 已提出要求，等候對方接受
       *[established] { $delegated-admin ->
            [true] 已建立關係，具有委派的系統管理員權限
           *[false] 已建立關係
        }
    }）
# Shown when no reseller has a relationship; the run waits.
remove-reseller-none = 目前未與任何轉售商建立關係。

# Step "impact": what removing would change, shown before anything changes.
# $impact-name - the reseller; $impact-subscriptions and $impact-customers (numbers).
remove-impact = { $impact-subscriptions ->
        [0] { $impact-name } 不是任何訂用帳戶的{ -support-contact }。
       *[other] { $impact-name } 目前是 { $impact-subscriptions } 個訂用帳戶的{ -support-contact }（涉及 { $impact-customers } 個客戶）。
    }

# Step "confirm". $reseller-name - the reseller; $impact-subscriptions (number).
remove-confirm-prompt = 要移除與 { $reseller-name } 的關係嗎？{ $impact-subscriptions ->
        [0] 不會變更任何訂用帳戶。
       *[other] { $impact-subscriptions } 個訂用帳戶的{ -support-contact }將改回{ -indirect-provider }。
    }
# Option that removes the relationship.
remove-confirm-remove = 移除關係

# Step "review": done; the agent checks and closes.
# $removal-name - the reseller; $removal-subscriptions (number) - subscriptions reverted.
remove-review-prompt = 已移除與 { $removal-name } 的關係。{ $removal-subscriptions ->
        [0] 該轉售商並未擔任任何訂用帳戶的{ -support-contact }。
       *[other] { $removal-subscriptions } 個訂用帳戶的{ -support-contact }現在是{ -indirect-provider }。
    }

# Shown when the run completes. $removal-name - the reseller.
remove-done = 完成。您與 { $removal-name } 已不再有關係。

## How-to page (docflow docs render): each step as a guide says it.

remove-howto-impact = docflow 會顯示有多少個訂用帳戶以此轉售商作為{ -support-contact }，以及涉及多少個客戶。
remove-howto-confirm = 確認您要移除此關係。
remove-howto-review = 檢閱結果：這些訂用帳戶的{ -support-contact }現在是{ -indirect-provider }。
remove-howto-done = 該轉售商與您已不再有關係。
remove-rule-revert = 移除關係時，所有以該轉售商作為{ -support-contact }的訂用帳戶，都會在同一次變更中改回由{ -indirect-provider }支援。
