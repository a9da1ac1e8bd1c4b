#pragma once

namespace Core {
class LocalStore;
}
namespace Sync {
class AccountManager;
class ApiClient;
class SyncEngine;
class SyncScheduler;
} // namespace Sync
namespace I18n {
class LanguageManager;
}
namespace Editing {
class DeskSession;
}

namespace Ui {

class Prompter;

// The long-lived objects the windows work with. None is owned by the UI:
// app/main.cpp (or a test) builds them and keeps them alive longer than
// every window that receives this struct.
struct AppServices {
    Core::LocalStore *store = nullptr;
    Sync::ApiClient *api = nullptr;
    Sync::AccountManager *accounts = nullptr;
    Sync::SyncEngine *engine = nullptr;
    I18n::LanguageManager *languages = nullptr;
    Prompter *prompter = nullptr;
    Editing::DeskSession *desk = nullptr; // who is signed in and writes at this desk
    // When syncs run on their own (null: only on demand, straight to the engine).
    Sync::SyncScheduler *scheduler = nullptr;
};

} // namespace Ui
