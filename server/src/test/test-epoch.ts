/** 2026-03-02 09:00 Asia/Shanghai, a Monday: a working morning unless a test moves the clock. */
export const TEST_EPOCH = Date.UTC(2026, 2, 2, 1, 0, 0);
