# Staff sign-in, the lock and hand-over, supervisor approval (issue 5; docs/signin.md).
add_mtb_test(test_session_lock SOURCES test_session_lock.cpp LIBS mtb_ui LABELS gui)
# The OS screen lock arrives over D-Bus: the same program once more on a private session bus.
find_program(DBUS_RUN_SESSION dbus-run-session)
if(DBUS_RUN_SESSION AND TARGET Qt6::DBus)
    target_link_libraries(test_session_lock PRIVATE Qt6::DBus)
    add_test(NAME test_session_lock_dbus
             COMMAND ${DBUS_RUN_SESSION} -- $<TARGET_FILE:test_session_lock> screenLockOnTheSessionBusLocks)
    get_test_property(test_session_lock ENVIRONMENT lock_env)
    set_tests_properties(test_session_lock_dbus PROPERTIES ENVIRONMENT "${lock_env}" LABELS gui TIMEOUT 120)
endif()
add_mtb_test(test_signin_dialogs SOURCES test_signin_dialogs.cpp LIBS mtb_ui LABELS gui)
