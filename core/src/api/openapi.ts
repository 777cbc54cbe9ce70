/**
 * The envgrid HTTP API as TypeScript types: GENERATED from the server's OpenAPI document by
 * `npm run api:types` (server/src/http/api-contract.ts). Do not edit by hand.
 */
export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: database reachable and migrations current */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ready: boolean;
                            database: "ok" | "unreachable";
                            pendingMigrations: string[];
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ready: boolean;
                            database: "ok" | "unreachable";
                            pendingMigrations: string[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics (text format) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meta": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public settings the web app needs before login */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            name: string;
                            version: string;
                            engine: "sqlite" | "postgres";
                            businessTimeZone: string;
                            /** @description Leaflet tile URL template; empty when no tiles are configured */
                            tileUrl: string;
                            /** @description The district this deployment serves; null before it is set up */
                            district: {
                                code: string;
                                name: string;
                                /** @description The centre of the district's outline: the map's first view */
                                centre: {
                                    lng: number;
                                    lat: number;
                                } | null;
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in with username and password; sets the session cookie
         * @description Throttled per account and source, per address and per account (see docs/security.md); 429 carries Retry-After.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: components["schemas"]["def-0"];
                            csrfToken: string;
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description UPPER_SNAKE error code */
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description An error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description UPPER_SNAKE error code */
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End this session */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The logged-in user and the grids they are responsible for */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: components["schemas"]["def-0"];
                            /** @description grid codes this user is the responsible supervisor of */
                            grids: string[];
                            /** @description for cookie sessions; null with a bearer token */
                            csrfToken: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change my password: my other sessions end and my API tokens are revoked
         * @description Needs a password session (not an API token). A wrong current password counts as a failed login: 429 after too many.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description UPPER_SNAKE error code */
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description UPPER_SNAKE error code */
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description An error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description UPPER_SNAKE error code */
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My live sessions (browsers logged in as me) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: number;
                                lastSeenAt: number;
                                expiresAt: number;
                                ip: string | null;
                                userAgent: string | null;
                                current: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sessions/end-others": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End all my sessions except this one (needs a password session, not an API token) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ended: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My API tokens (without secrets); administrators may ask for a user's with userId */
        get: {
            parameters: {
                query?: {
                    userId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: string;
                                createdAt: number;
                                expiresAt: number | null;
                                lastUsedAt: number | null;
                                revokedAt: number | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a personal API token for integrations (shown once; needs a password login) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @description days until the token stops working (default 90) */
                        expiresInDays?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            token: string;
                            expiresAt: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke one of my API tokens (administrators: anyone's) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/lockouts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Logins held back now by the failure limits (admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                kind: "account-source" | "address" | "account";
                                username: string | null;
                                address: string | null;
                                trustedBrowser: boolean;
                                attempts: number;
                                until: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Clear the failure counters of a username (from every source) or of an address (admin) */
        delete: {
            parameters: {
                query?: {
                    username?: string;
                    address?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cleared: number;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List users (admin) */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    role?: "supervisor" | "officer" | "intake" | "dispatcher" | "subcenter" | "handler" | "leader" | "auditor" | "admin";
                    street?: string;
                    disabled?: boolean;
                    offset?: number;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["def-0"][];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a user (admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        displayName: string;
                        password: string;
                        roles: ("supervisor" | "officer" | "intake" | "dispatcher" | "subcenter" | "handler" | "leader" | "auditor" | "admin")[];
                        scope: {
                            kind: "district" | "street" | "department";
                            code: string;
                        };
                        phone?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            username: string;
                            displayName: string;
                            roles: ("supervisor" | "officer" | "intake" | "dispatcher" | "subcenter" | "handler" | "leader" | "auditor" | "admin")[];
                            scope: {
                                kind: "district" | "street" | "department";
                                code: string;
                            };
                            disabled: boolean;
                            phone: string | null;
                            createdAt: number;
                            updatedAt: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One user (admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            username: string;
                            displayName: string;
                            roles: ("supervisor" | "officer" | "intake" | "dispatcher" | "subcenter" | "handler" | "leader" | "auditor" | "admin")[];
                            scope: {
                                kind: "district" | "street" | "department";
                                code: string;
                            };
                            disabled: boolean;
                            phone: string | null;
                            createdAt: number;
                            updatedAt: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a user's name, roles, scope or phone (admin); role or scope changes end their sessions */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName?: string;
                        roles?: ("supervisor" | "officer" | "intake" | "dispatcher" | "subcenter" | "handler" | "leader" | "auditor" | "admin")[];
                        scope?: {
                            kind: "district" | "street" | "department";
                            code: string;
                        };
                        phone?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            username: string;
                            displayName: string;
                            roles: ("supervisor" | "officer" | "intake" | "dispatcher" | "subcenter" | "handler" | "leader" | "auditor" | "admin")[];
                            scope: {
                                kind: "district" | "street" | "department";
                                code: string;
                            };
                            disabled: boolean;
                            phone: string | null;
                            createdAt: number;
                            updatedAt: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/users/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Disable a user and end their sessions (admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            username: string;
                            displayName: string;
                            roles: ("supervisor" | "officer" | "intake" | "dispatcher" | "subcenter" | "handler" | "leader" | "auditor" | "admin")[];
                            scope: {
                                kind: "district" | "street" | "department";
                                code: string;
                            };
                            disabled: boolean;
                            phone: string | null;
                            createdAt: number;
                            updatedAt: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enable a disabled user (admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            username: string;
                            displayName: string;
                            roles: ("supervisor" | "officer" | "intake" | "dispatcher" | "subcenter" | "handler" | "leader" | "auditor" | "admin")[];
                            scope: {
                                kind: "district" | "street" | "department";
                                code: string;
                            };
                            disabled: boolean;
                            phone: string | null;
                            createdAt: number;
                            updatedAt: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reset a user's password and end their sessions (admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Departments by legal duty, district and street level */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-1"][];
                    };
                };
            };
        };
        put?: never;
        /** Create a department (admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        name: string;
                        nameEn: string;
                        level: "district" | "street";
                        streetCode?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            code: string;
                            name: string;
                            nameEn: string;
                            level: "district" | "street";
                            streetCode?: string;
                            active: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/departments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename or (de)activate a department (admin); its code never changes */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        nameEn?: string;
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            code: string;
                            name: string;
                            nameEn: string;
                            level: "district" | "street";
                            streetCode?: string;
                            active: boolean;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** District, streets and communities as a flat list with parent codes */
        get: {
            parameters: {
                query?: {
                    kind?: "district" | "street" | "community";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            kind: "district" | "street" | "community";
                            name: string;
                            parentCode: string | null;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grids": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Unit grids as GeoJSON with their responsible supervisor (a street user sees their street) */
        get: {
            parameters: {
                query?: {
                    street?: string;
                    community?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            type: "FeatureCollection";
                            features: {
                                /** @enum {string} */
                                type: "Feature";
                                id: string;
                                properties: {
                                    code: string;
                                    name: string;
                                    communityCode: string;
                                    streetCode: string;
                                    areaM2: number;
                                    /** @description true for generated demo geometry */
                                    demo: boolean;
                                    supervisor: {
                                        id: string;
                                        username: string;
                                        displayName: string;
                                    } | null;
                                };
                                /** @description GeoJSON Polygon or MultiPolygon, WGS-84 lng/lat */
                                geometry: {
                                    type: "Polygon" | "MultiPolygon";
                                    coordinates: unknown[];
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grids/locate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The grid a WGS-84 point lies in; its supervisor only for callers who may see that grid (else null); 422 OUTSIDE_JURISDICTION outside the district */
        get: {
            parameters: {
                query: {
                    lng: number;
                    lat: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            grid: {
                                code: string;
                                communityCode: string;
                                streetCode: string;
                                supervisor: {
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grids/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import streets, communities or grids from a GeoJSON FeatureCollection (admin); all or nothing
         * @description Each feature needs properties.code (and name); communities need streetCode, grids communityCode. A bad feature makes the whole import fail with details.problems: [{index, code, reason}]. A grid may not overlap a stored grid unless the same file replaces that grid. One file holds at most 20000 features and 200000 positions (10000 per ring); a file over a limit is refused whole, with details.limit: {name, max, actual}. Bodies over 20 MB are refused with 413 PAYLOAD_TOO_LARGE.
         */
        post: {
            parameters: {
                query?: {
                    kind?: "street" | "community" | "grid";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "FeatureCollection";
                        features: unknown[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            kind: "street" | "community" | "grid";
                            created: number;
                            updated: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grids/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export streets, communities or grids as a GeoJSON FeatureCollection */
        get: {
            parameters: {
                query?: {
                    kind?: "street" | "community" | "grid";
                    street?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grids/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One grid with its officers and assignment history */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 15-digit grid code */
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            grid: {
                                /** @enum {string} */
                                type: "Feature";
                                id: string;
                                properties: {
                                    code: string;
                                    name: string;
                                    communityCode: string;
                                    streetCode: string;
                                    areaM2: number;
                                    /** @description true for generated demo geometry */
                                    demo: boolean;
                                    supervisor: {
                                        id: string;
                                        username: string;
                                        displayName: string;
                                    } | null;
                                };
                                /** @description GeoJSON Polygon or MultiPolygon, WGS-84 lng/lat */
                                geometry: {
                                    type: "Polygon" | "MultiPolygon";
                                    coordinates: unknown[];
                                };
                            };
                            officers: {
                                id: string;
                                username: string;
                                displayName: string;
                            }[];
                            /** @description history, newest first */
                            assignments: {
                                id: string;
                                role: "supervisor" | "officer";
                                startsAt: number;
                                endsAt: number | null;
                                user: {
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grids/{code}/supervisor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Make a user the responsible supervisor of the grid (admin, or the street sub-center) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 15-digit grid code */
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        userId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            grid: {
                                /** @enum {string} */
                                type: "Feature";
                                id: string;
                                properties: {
                                    code: string;
                                    name: string;
                                    communityCode: string;
                                    streetCode: string;
                                    areaM2: number;
                                    /** @description true for generated demo geometry */
                                    demo: boolean;
                                    supervisor: {
                                        id: string;
                                        username: string;
                                        displayName: string;
                                    } | null;
                                };
                                /** @description GeoJSON Polygon or MultiPolygon, WGS-84 lng/lat */
                                geometry: {
                                    type: "Polygon" | "MultiPolygon";
                                    coordinates: unknown[];
                                };
                            };
                            officers: {
                                id: string;
                                username: string;
                                displayName: string;
                            }[];
                            /** @description history, newest first */
                            assignments: {
                                id: string;
                                role: "supervisor" | "officer";
                                startsAt: number;
                                endsAt: number | null;
                                user: {
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grids/{code}/officers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attach an officer to the grid */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 15-digit grid code */
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        userId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            grid: {
                                /** @enum {string} */
                                type: "Feature";
                                id: string;
                                properties: {
                                    code: string;
                                    name: string;
                                    communityCode: string;
                                    streetCode: string;
                                    areaM2: number;
                                    /** @description true for generated demo geometry */
                                    demo: boolean;
                                    supervisor: {
                                        id: string;
                                        username: string;
                                        displayName: string;
                                    } | null;
                                };
                                /** @description GeoJSON Polygon or MultiPolygon, WGS-84 lng/lat */
                                geometry: {
                                    type: "Polygon" | "MultiPolygon";
                                    coordinates: unknown[];
                                };
                            };
                            officers: {
                                id: string;
                                username: string;
                                displayName: string;
                            }[];
                            /** @description history, newest first */
                            assignments: {
                                id: string;
                                role: "supervisor" | "officer";
                                startsAt: number;
                                endsAt: number | null;
                                user: {
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grids/{code}/officers/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Detach an officer from the grid */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 15-digit grid code */
                    code: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            grid: {
                                /** @enum {string} */
                                type: "Feature";
                                id: string;
                                properties: {
                                    code: string;
                                    name: string;
                                    communityCode: string;
                                    streetCode: string;
                                    areaM2: number;
                                    /** @description true for generated demo geometry */
                                    demo: boolean;
                                    supervisor: {
                                        id: string;
                                        username: string;
                                        displayName: string;
                                    } | null;
                                };
                                /** @description GeoJSON Polygon or MultiPolygon, WGS-84 lng/lat */
                                geometry: {
                                    type: "Polygon" | "MultiPolygon";
                                    coordinates: unknown[];
                                };
                            };
                            officers: {
                                id: string;
                                username: string;
                                displayName: string;
                            }[];
                            /** @description history, newest first */
                            assignments: {
                                id: string;
                                role: "supervisor" | "officer";
                                startsAt: number;
                                endsAt: number | null;
                                user: {
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a photo (one multipart file field "file"; JPEG, PNG or WebP, at most 10 MB and 40 megapixels) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            sha256: string;
                            url: string;
                            mime: string;
                            size: number;
                            /** @description GPS position from the photo’s EXIF data, when present */
                            locationHint: {
                                lng: number;
                                lat: number;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attachments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The photo itself, for its uploader and for anyone who can see a case using it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cases the user may see, newest first, or running steps by nearest deadline */
        get: {
            parameters: {
                query?: {
                    /** @description comma-separated statuses */
                    status?: string;
                    street?: string;
                    grid?: string;
                    item?: string;
                    overdue?: boolean;
                    supervised?: boolean;
                    /** @description only the grids this user is responsible for */
                    mine?: boolean;
                    /** @description only the cases this user reported */
                    reportedByMe?: boolean;
                    q?: string;
                    /** @description newest (default): newest first; deadline: running steps only (open, not suspended), nearest deadline first */
                    sort?: "newest" | "deadline";
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["def-2"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 信息采集: report a problem (supervisor: patrol; intake: hotline, starts at 待核实) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        itemCode: string;
                        description: string;
                        location: {
                            lng: number;
                            lat: number;
                        };
                        address?: string;
                        /** @enum {unknown} */
                        urgency?: "normal" | "urgent" | "critical";
                        sourceId?: string;
                        attachmentIds?: string[];
                        resolvedOnSite?: boolean;
                        /** @description after photos of an on-site resolution */
                        afterAttachmentIds?: string[];
                        /** @description hotline caller */
                        reporterContact?: {
                            name?: string;
                            phone?: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-2"] & {
                            duplicateCandidates: {
                                id: string;
                                caseNo: string;
                                /** @enum {unknown} */
                                status: "pending_verification" | "reported" | "filed" | "dispatched" | "suspended" | "pending_check" | "pending_close" | "closed" | "rejected" | "voided";
                                distanceM: number;
                                createdAt: number;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One case with the actions this user may take now */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-2"] & {
                            /** @description before filing, for whoever may file or void it: possible duplicates */
                            duplicateCandidates?: {
                                id: string;
                                caseNo: string;
                                /** @enum {unknown} */
                                status: "pending_verification" | "reported" | "filed" | "dispatched" | "suspended" | "pending_check" | "pending_close" | "closed" | "rejected" | "voided";
                                distanceM: number;
                                createdAt: number;
                            }[];
                            /** @description for the lead department while handling: officers it may bring in */
                            gridOfficers?: {
                                id: string;
                                name: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The case’s timeline: every event in order, with the plan step it belongs to */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                seq: number;
                                /** @enum {unknown} */
                                action: "report" | "verify" | "file" | "reject" | "void" | "register_source" | "dispatch" | "return" | "request_extension" | "approve_extension" | "deny_extension" | "request_suspension" | "approve_suspension" | "deny_suspension" | "resume" | "assist_feedback" | "invite_assist" | "involve_officer" | "officer_report" | "feedback" | "check" | "close" | "escalate" | "urge" | "supervise" | "comment" | "evaluate";
                                actor: {
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                                fromStatus: ("pending_verification" | "reported" | "filed" | "dispatched" | "suspended" | "pending_check" | "pending_close" | "closed" | "rejected" | "voided") | null;
                                /** @enum {unknown} */
                                toStatus: "pending_verification" | "reported" | "filed" | "dispatched" | "suspended" | "pending_check" | "pending_close" | "closed" | "rejected" | "voided";
                                /** @description the plan’s eight steps: collect, file, dispatch, handle, feedback, check_close, evaluate, assess */
                                planStep: ("collect" | "file" | "dispatch" | "handle" | "feedback" | "check_close" | "evaluate" | "assess") | null;
                                payload: {
                                    [key: string]: unknown;
                                };
                                attachments: {
                                    id: string;
                                    url: string;
                                    kind: string;
                                }[];
                                at: number;
                                hash: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/actions/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a workflow action (docs/workflow.md); stale version → 409 VERSION_CONFLICT, wrong state → 409 INVALID_TRANSITION */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    action: "verify" | "file" | "reject" | "void" | "register_source" | "dispatch" | "return" | "request_extension" | "approve_extension" | "deny_extension" | "request_suspension" | "approve_suspension" | "deny_suspension" | "resume" | "assist_feedback" | "invite_assist" | "involve_officer" | "officer_report" | "feedback" | "check" | "close" | "escalate" | "urge" | "supervise" | "comment" | "evaluate";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        note?: string;
                        reason?: string;
                        result?: string;
                        comment?: string;
                        missingPartsReason?: string;
                        real?: boolean;
                        passed?: boolean;
                        itemCode?: string;
                        /** @enum {unknown} */
                        urgency?: "normal" | "urgent" | "critical";
                        /** @enum {unknown} */
                        level?: "grid" | "street" | "district";
                        duplicateOf?: string;
                        leadDepartmentId?: string;
                        assistDepartmentIds?: string[];
                        officerId?: string;
                        attachmentIds?: string[];
                        extra?: {
                            amount: number;
                            /** @enum {unknown} */
                            unit: "minute" | "hour" | "day";
                            /** @enum {unknown} */
                            basis?: "natural" | "working";
                        };
                        rating?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            caseNo: string;
                            /** @enum {unknown} */
                            status: "pending_verification" | "reported" | "filed" | "dispatched" | "suspended" | "pending_check" | "pending_close" | "closed" | "rejected" | "voided";
                            channel: string;
                            itemCode: string;
                            /** @enum {unknown} */
                            urgency: "normal" | "urgent" | "critical";
                            /** @enum {unknown} */
                            level: "grid" | "street" | "district";
                            description: string;
                            location: {
                                lng: number;
                                lat: number;
                            };
                            address: string | null;
                            gridCode: string;
                            communityCode: string;
                            streetCode: string;
                            reporterId: string | null;
                            reporterContact: {
                                name?: string;
                                phone?: string;
                            } | null;
                            leadDepartmentId: string | null;
                            assistDepartmentIds: string[];
                            /** @description assisting departments that gave their part */
                            assistDoneIds: string[];
                            suggestedDepartmentId: string | null;
                            /** @description the timed step now running: verify, file, dispatch, handle, check, close */
                            step: ("verify" | "file" | "dispatch" | "handle" | "check" | "close") | null;
                            deadline: number | null;
                            light: ("green" | "yellow" | "red") | null;
                            overdue: boolean;
                            remainingMs: number | null;
                            /** @description a date past the known calendar was involved: the weekday rule was used */
                            calendarFallback: boolean;
                            suspended: boolean;
                            pendingRequest: {
                                /** @enum {unknown} */
                                kind: "extension" | "suspension";
                                requestedBy: string;
                                requestedAt: number;
                                reason: string;
                                extra?: {
                                    amount: number;
                                    unit: string;
                                };
                            } | null;
                            counters: {
                                returned: number;
                                reworked: number;
                                extended: number;
                                suspended: number;
                                urged: number;
                            };
                            supervised: boolean;
                            resolvedOnSite: boolean;
                            sourceId: string | null;
                            duplicateOf: string | null;
                            evaluation: {
                                [key: string]: unknown;
                            } | null;
                            version: number;
                            createdAt: number;
                            updatedAt: number;
                            closedAt: number | null;
                            /** @description the actions this user may take now */
                            abilities: ("verify" | "file" | "reject" | "void" | "register_source" | "dispatch" | "return" | "request_extension" | "approve_extension" | "deny_extension" | "request_suspension" | "approve_suspension" | "deny_suspension" | "resume" | "assist_feedback" | "invite_assist" | "involve_officer" | "officer_report" | "feedback" | "check" | "close" | "escalate" | "urge" | "supervise" | "comment" | "evaluate")[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My inbox, newest first, with the unread count */
        get: {
            parameters: {
                query?: {
                    unread?: boolean;
                    /** @description only notifications with a smaller id */
                    before?: number;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                kind: string;
                                caseId: string | null;
                                title: string;
                                body: string | null;
                                createdAt: number;
                                readAt: number | null;
                            }[];
                            unread: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark notifications read: the given ids, or all */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ids?: number[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            updated: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/taxonomy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Problem categories and items (大类 → 小类) with their defaults */
        get: {
            parameters: {
                query?: {
                    /** @description include retired items */
                    all?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            name: string;
                            nameEn: string;
                            retired?: boolean;
                            items: {
                                code: string;
                                name: string;
                                nameEn: string;
                                hint?: string;
                                hintEn?: string;
                                defaultDepartmentCode: string;
                                defaultLevel: string;
                                defaultUrgency: string;
                                handleLimitNormal: {
                                    amount: number;
                                    unit: string;
                                    basis: string;
                                };
                                sourceType: string | null;
                                proposesSource?: boolean;
                                retired?: boolean;
                            }[];
                        }[];
                    };
                };
            };
        };
        /** Replace the taxonomy (admin); codes used by cases never change or disappear (retire them instead) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        categories: unknown[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            name: string;
                            nameEn: string;
                            retired?: boolean;
                            items: {
                                code: string;
                                name: string;
                                nameEn: string;
                                hint?: string;
                                hintEn?: string;
                                defaultDepartmentCode: string;
                                defaultLevel: string;
                                defaultUrgency: string;
                                handleLimitNormal: {
                                    amount: number;
                                    unit: string;
                                    basis: string;
                                };
                                sourceType: string | null;
                                proposesSource?: boolean;
                                retired?: boolean;
                            }[];
                        }[];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/time-limits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Time limits per step (核实, 立案, 派遣, 处置, 核查, 结案) and urgency rules */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** Replace the time-limit table (admin) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The working-time calendar: work windows, known range and the overrides of a year */
        get: {
            parameters: {
                query?: {
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import one year of holidays and make-up workdays (admin): JSON, or CSV text `date,kind[,name]` */
        post: {
            parameters: {
                query?: {
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description CSV text, or a JSON object/array of entries */
                        content: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Server-sent events: case changes and notifications the user may see
         * @description text/event-stream; each event is `event: <type>` with a JSON `data` line {type, caseId, action, status, at}. A comment line every 25 s keeps proxies from closing it. At most 5 open streams per user (429 beyond); a stream closes within seconds of its session or token ending.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who changed which user, grid or department, newest first (admin) */
        get: {
            parameters: {
                query?: {
                    targetKind?: string;
                    targetId?: string;
                    /** @description only entries with a smaller id */
                    before?: number;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                actor: {
                                    id: string;
                                    username: string | null;
                                } | null;
                                action: string;
                                targetKind: string;
                                targetId: string;
                                details: unknown;
                                at: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pollution sources the user may see, newest first */
        get: {
            parameters: {
                query?: {
                    /** @description comma list of statuses */
                    status?: string;
                    type?: "construction_site" | "catering" | "boiler" | "yard" | "plant_outfall" | "river_outfall" | "market" | "other";
                    street?: string;
                    /** @description comma list of grid codes */
                    grid?: string;
                    q?: string;
                    /** @description only repeat offenders (3+ cases in 90 days) */
                    repeat?: boolean;
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** @enum {unknown} */
                                type: "construction_site" | "catering" | "boiler" | "yard" | "plant_outfall" | "river_outfall" | "market" | "other";
                                name: string;
                                address: string | null;
                                location: {
                                    lng: number;
                                    lat: number;
                                };
                                gridCode: string;
                                communityCode: string;
                                streetCode: string;
                                departmentId: string | null;
                                /**
                                 * @description key 重点 / general 一般
                                 * @enum {unknown}
                                 */
                                riskLevel: "key" | "general";
                                inspectionEveryDays: number;
                                /** @enum {unknown} */
                                status: "pending" | "active" | "rectifying" | "closed";
                                attributes: {
                                    [key: string]: string | boolean;
                                };
                                proposedByCaseId: string | null;
                                mergedIntoId: string | null;
                                repeatOffender: boolean;
                                /** @description cases against it in the last 90 days */
                                recentCaseCount: number;
                                lastInspectedAt: number | null;
                                version: number;
                                createdAt: number;
                                updatedAt: number;
                                abilities: ("confirm" | "merge" | "dismiss" | "close" | "reopen" | "edit")[];
                                /** @description confirm would also close the proposing report as a registration (register_source): the report awaits filing and this user may register it */
                                closesReport: boolean;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Register a pollution source (active at once) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        type: "construction_site" | "catering" | "boiler" | "yard" | "plant_outfall" | "river_outfall" | "market" | "other";
                        name: string;
                        address?: string;
                        location: {
                            lng: number;
                            lat: number;
                        };
                        departmentId?: string | null;
                        /**
                         * @description key 重点 / general 一般
                         * @enum {unknown}
                         */
                        riskLevel: "key" | "general";
                        inspectionEveryDays?: number;
                        attributes?: {
                            [key: string]: boolean | string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {unknown} */
                            type: "construction_site" | "catering" | "boiler" | "yard" | "plant_outfall" | "river_outfall" | "market" | "other";
                            name: string;
                            address: string | null;
                            location: {
                                lng: number;
                                lat: number;
                            };
                            gridCode: string;
                            communityCode: string;
                            streetCode: string;
                            departmentId: string | null;
                            /**
                             * @description key 重点 / general 一般
                             * @enum {unknown}
                             */
                            riskLevel: "key" | "general";
                            inspectionEveryDays: number;
                            /** @enum {unknown} */
                            status: "pending" | "active" | "rectifying" | "closed";
                            attributes: {
                                [key: string]: string | boolean;
                            };
                            proposedByCaseId: string | null;
                            mergedIntoId: string | null;
                            repeatOffender: boolean;
                            /** @description cases against it in the last 90 days */
                            recentCaseCount: number;
                            lastInspectedAt: number | null;
                            version: number;
                            createdAt: number;
                            updatedAt: number;
                            abilities: ("confirm" | "merge" | "dismiss" | "close" | "reopen" | "edit")[];
                            /** @description confirm would also close the proposing report as a registration (register_source): the report awaits filing and this user may register it */
                            closesReport: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sources/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The sources the user may see, as CSV (the import format plus id and status) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sources/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register sources from CSV, all or nothing; problems named by row and column */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the CSV file */
                        content: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            imported: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One source with its history, cases, inspections and possible duplicates */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {unknown} */
                            type: "construction_site" | "catering" | "boiler" | "yard" | "plant_outfall" | "river_outfall" | "market" | "other";
                            name: string;
                            address: string | null;
                            location: {
                                lng: number;
                                lat: number;
                            };
                            gridCode: string;
                            communityCode: string;
                            streetCode: string;
                            departmentId: string | null;
                            /**
                             * @description key 重点 / general 一般
                             * @enum {unknown}
                             */
                            riskLevel: "key" | "general";
                            inspectionEveryDays: number;
                            /** @enum {unknown} */
                            status: "pending" | "active" | "rectifying" | "closed";
                            attributes: {
                                [key: string]: string | boolean;
                            };
                            proposedByCaseId: string | null;
                            mergedIntoId: string | null;
                            repeatOffender: boolean;
                            /** @description cases against it in the last 90 days */
                            recentCaseCount: number;
                            lastInspectedAt: number | null;
                            version: number;
                            createdAt: number;
                            updatedAt: number;
                            abilities: ("confirm" | "merge" | "dismiss" | "close" | "reopen" | "edit")[];
                            /** @description confirm would also close the proposing report as a registration (register_source): the report awaits filing and this user may register it */
                            closesReport: boolean;
                        } & {
                            history: {
                                seq: number;
                                action: string;
                                actorId: string | null;
                                actorName: string | null;
                                fromStatus: string | null;
                                toStatus: string;
                                reason: string | null;
                                payload: {
                                    [key: string]: unknown;
                                };
                                at: number;
                            }[];
                            cases: {
                                id: string;
                                caseNo: string;
                                status: string;
                                itemCode: string;
                                createdAt: number;
                                closedAt: number | null;
                            }[];
                            inspections: {
                                id: string;
                                patrolId: string | null;
                                userId: string;
                                userName: string | null;
                                /** @enum {unknown} */
                                result: "normal" | "problem";
                                note: string | null;
                                caseId: string | null;
                                at: number;
                            }[];
                            possibleDuplicates: {
                                id: string;
                                name: string;
                                /** @enum {unknown} */
                                type: "construction_site" | "catering" | "boiler" | "yard" | "plant_outfall" | "river_outfall" | "market" | "other";
                                /** @enum {unknown} */
                                status: "pending" | "active" | "rectifying" | "closed";
                                distanceM: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sources/{id}/actions/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** confirm, merge, dismiss, close, reopen or edit a source (docs/sources.md) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    action: "confirm" | "merge" | "dismiss" | "close" | "reopen" | "edit";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        reason?: string;
                        intoId?: string;
                        /** @description confirm: true (default) closes the proposing report as a registration; false leaves it to be filed as an enforcement case */
                        closeReport?: boolean;
                        name?: string;
                        address?: string;
                        location?: {
                            lng: number;
                            lat: number;
                        };
                        departmentId?: string | null;
                        /**
                         * @description key 重点 / general 一般
                         * @enum {unknown}
                         */
                        riskLevel?: "key" | "general";
                        inspectionEveryDays?: number;
                        attributes?: {
                            [key: string]: boolean | string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {unknown} */
                            type: "construction_site" | "catering" | "boiler" | "yard" | "plant_outfall" | "river_outfall" | "market" | "other";
                            name: string;
                            address: string | null;
                            location: {
                                lng: number;
                                lat: number;
                            };
                            gridCode: string;
                            communityCode: string;
                            streetCode: string;
                            departmentId: string | null;
                            /**
                             * @description key 重点 / general 一般
                             * @enum {unknown}
                             */
                            riskLevel: "key" | "general";
                            inspectionEveryDays: number;
                            /** @enum {unknown} */
                            status: "pending" | "active" | "rectifying" | "closed";
                            attributes: {
                                [key: string]: string | boolean;
                            };
                            proposedByCaseId: string | null;
                            mergedIntoId: string | null;
                            repeatOffender: boolean;
                            /** @description cases against it in the last 90 days */
                            recentCaseCount: number;
                            lastInspectedAt: number | null;
                            version: number;
                            createdAt: number;
                            updatedAt: number;
                            abilities: ("confirm" | "merge" | "dismiss" | "close" | "reopen" | "edit")[];
                            /** @description confirm would also close the proposing report as a registration (register_source): the report awaits filing and this user may register it */
                            closesReport: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/patrols": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Patrols newest first: one’s own, or those in one’s scope for overseers */
        get: {
            parameters: {
                query?: {
                    /** @description one person’s patrols (user id) */
                    user?: string;
                    /** @description started at or after */
                    from?: number;
                    /** @description started before */
                    to?: number;
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                userId: string;
                                /** @enum {unknown} */
                                kind: "patrol" | "audit";
                                /** @enum {unknown} */
                                status: "active" | "ended";
                                streetCode: string | null;
                                startedAt: number;
                                endedAt: number | null;
                                pointCount: number;
                                flaggedCount: number;
                                /** @description metres walked along the trusted track */
                                distanceM: number;
                                /** @description grids the trusted track entered, in order */
                                gridsVisited: string[];
                                inspections: {
                                    id: string;
                                    sourceId: string;
                                    patrolId: string | null;
                                    userId: string;
                                    /** @enum {unknown} */
                                    result: "normal" | "problem";
                                    note: string | null;
                                    attachmentIds: string[];
                                    caseId: string | null;
                                    at: number;
                                }[];
                                version: number;
                                abilities: ("addPoints" | "inspect" | "end")[];
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Start a patrol (巡查; an auditor’s is 稽查); one running at a time, else 409 CONFLICT */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            userId: string;
                            /** @enum {unknown} */
                            kind: "patrol" | "audit";
                            /** @enum {unknown} */
                            status: "active" | "ended";
                            streetCode: string | null;
                            startedAt: number;
                            endedAt: number | null;
                            pointCount: number;
                            flaggedCount: number;
                            /** @description metres walked along the trusted track */
                            distanceM: number;
                            /** @description grids the trusted track entered, in order */
                            gridsVisited: string[];
                            inspections: {
                                id: string;
                                sourceId: string;
                                patrolId: string | null;
                                userId: string;
                                /** @enum {unknown} */
                                result: "normal" | "problem";
                                note: string | null;
                                attachmentIds: string[];
                                caseId: string | null;
                                at: number;
                            }[];
                            version: number;
                            abilities: ("addPoints" | "inspect" | "end")[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/patrols/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One patrol with its track, the grids it visited and its inspections */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            userId: string;
                            /** @enum {unknown} */
                            kind: "patrol" | "audit";
                            /** @enum {unknown} */
                            status: "active" | "ended";
                            streetCode: string | null;
                            startedAt: number;
                            endedAt: number | null;
                            pointCount: number;
                            flaggedCount: number;
                            /** @description metres walked along the trusted track */
                            distanceM: number;
                            /** @description grids the trusted track entered, in order */
                            gridsVisited: string[];
                            inspections: {
                                id: string;
                                sourceId: string;
                                patrolId: string | null;
                                userId: string;
                                /** @enum {unknown} */
                                result: "normal" | "problem";
                                note: string | null;
                                attachmentIds: string[];
                                caseId: string | null;
                                at: number;
                            }[];
                            version: number;
                            abilities: ("addPoints" | "inspect" | "end")[];
                        } & {
                            /** @description every fix, in time order */
                            track: {
                                lng: number;
                                lat: number;
                                at: number;
                                flagged: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/patrols/{id}/points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add GPS fixes; repeats ignored, late ones placed in time order, jumps flagged; one bad fix refuses the batch */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        points: {
                            lng: number;
                            lat: number;
                            /** @description when the fix was taken */
                            at: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            userId: string;
                            /** @enum {unknown} */
                            kind: "patrol" | "audit";
                            /** @enum {unknown} */
                            status: "active" | "ended";
                            streetCode: string | null;
                            startedAt: number;
                            endedAt: number | null;
                            pointCount: number;
                            flaggedCount: number;
                            /** @description metres walked along the trusted track */
                            distanceM: number;
                            /** @description grids the trusted track entered, in order */
                            gridsVisited: string[];
                            inspections: {
                                id: string;
                                sourceId: string;
                                patrolId: string | null;
                                userId: string;
                                /** @enum {unknown} */
                                result: "normal" | "problem";
                                note: string | null;
                                attachmentIds: string[];
                                caseId: string | null;
                                at: number;
                            }[];
                            version: number;
                            abilities: ("addPoints" | "inspect" | "end")[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/patrols/{id}/inspections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record an inspection of a pollution source on this patrol */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        sourceId: string;
                        /** @enum {unknown} */
                        result: "normal" | "problem";
                        note?: string;
                        attachmentIds?: string[];
                        caseId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            sourceId: string;
                            patrolId: string | null;
                            userId: string;
                            /** @enum {unknown} */
                            result: "normal" | "problem";
                            note: string | null;
                            attachmentIds: string[];
                            caseId: string | null;
                            at: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/patrols/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the patrol; an ended patrol → 409 INVALID_TRANSITION */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            userId: string;
                            /** @enum {unknown} */
                            kind: "patrol" | "audit";
                            /** @enum {unknown} */
                            status: "active" | "ended";
                            streetCode: string | null;
                            startedAt: number;
                            endedAt: number | null;
                            pointCount: number;
                            flaggedCount: number;
                            /** @description metres walked along the trusted track */
                            distanceM: number;
                            /** @description grids the trusted track entered, in order */
                            gridsVisited: string[];
                            inspections: {
                                id: string;
                                sourceId: string;
                                patrolId: string | null;
                                userId: string;
                                /** @enum {unknown} */
                                result: "normal" | "problem";
                                note: string | null;
                                attachmentIds: string[];
                                caseId: string | null;
                                at: number;
                            }[];
                            version: number;
                            abilities: ("addPoints" | "inspect" | "end")[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Patrol coverage per grid and inspection coverage per source over local dates from–to, with the blind spots (全覆盖、无盲点) */
        get: {
            parameters: {
                query: {
                    /** @description local date YYYY-MM-DD */
                    from: string;
                    /** @description local date YYYY-MM-DD */
                    to: string;
                    /** @description street code */
                    street?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from: string;
                            to: string;
                            days: number;
                            /** @description the period is [startAt, endAt) in epoch ms */
                            startAt: number;
                            endAt: number;
                            street: string | null;
                            grids: {
                                code: string;
                                name: string;
                                streetCode: string;
                                communityCode: string;
                                supervisorId: string | null;
                                patrols: number;
                                required: number;
                                covered: boolean;
                                lastPatrolAt: number | null;
                            }[];
                            sources: {
                                id: string;
                                name: string;
                                type: string;
                                status: string;
                                gridCode: string;
                                streetCode: string;
                                location: {
                                    lng: number;
                                    lat: number;
                                };
                                inspectionEveryDays: number;
                                inspections: number;
                                required: number;
                                overdue: boolean;
                                lastInspectedAt: number | null;
                            }[];
                            blindSpots: {
                                grids: string[];
                                sources: string[];
                            };
                            summary: {
                                /** @description covered / required; null when none required */
                                gridShare: number | null;
                                /** @description covered / required; null when none required */
                                sourceShare: number | null;
                            };
                            patrolCoverage: {
                                overall: {
                                    covered: number;
                                    required: number;
                                    /** @description covered / required; null when none required */
                                    share: number | null;
                                };
                                streets: ({
                                    streetCode: string;
                                } & {
                                    covered: number;
                                    required: number;
                                    /** @description covered / required; null when none required */
                                    share: number | null;
                                })[];
                                supervisors: ({
                                    userId: string;
                                    displayName: string | null;
                                } & {
                                    covered: number;
                                    required: number;
                                    /** @description covered / required; null when none required */
                                    share: number | null;
                                })[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consultations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Consultations this user asked, answers (their grids) or oversees (street, district), newest first */
        get: {
            parameters: {
                query?: {
                    status?: "open" | "answered";
                    /** @description only the consultations this user asked */
                    mine?: boolean;
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["def-3"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 咨询: ask the grid's officers how to qualify a problem (supervisor, auditor) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description The grid comes from location, else from the case, else from the source: one is needed */
            requestBody: {
                content: {
                    "application/json": {
                        question: string;
                        location?: {
                            lng: number;
                            lat: number;
                        };
                        caseId?: string;
                        sourceId?: string;
                        attachmentIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            askerId: string;
                            askerName: string;
                            question: string;
                            location: {
                                lng: number;
                                lat: number;
                            } | null;
                            gridCode: string;
                            streetCode: string;
                            caseId: string | null;
                            sourceId: string | null;
                            attachmentIds: string[];
                            /** @enum {unknown} */
                            status: "open" | "answered";
                            /** @description the first answer is due then (2 working hours) */
                            replyDeadlineAt: number;
                            firstReplyAt: number | null;
                            /** @description the first answer came, or has still not come, after the deadline */
                            overdue: boolean;
                            remindedAt: number | null;
                            escalatedAt: number | null;
                            createdAt: number;
                            /** @description reply: this user may write in the thread */
                            abilities: "reply"[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consultations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One consultation with its thread of replies */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-3"] & {
                            replies: {
                                id: string;
                                authorId: string;
                                authorName: string;
                                text: string;
                                at: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consultations/{id}/replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reply: the grid's officers or the street's sub-center answer, the asker follows up; answers with the thread */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-3"] & {
                            replies: {
                                id: string;
                                authorId: string;
                                authorName: string;
                                text: string;
                                at: number;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Indicators of every supervisor, department, street or center staff member over local dates from–to, with composite score, grade and rank (docs/indicators.md) */
        get: {
            parameters: {
                query: {
                    /** @description supervisor, department, street or staff */
                    subject: "supervisor" | "department" | "street" | "staff";
                    /** @description local date YYYY-MM-DD */
                    from?: string;
                    /** @description local date YYYY-MM-DD */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description supervisor, department, street or staff */
                            subject: "supervisor" | "department" | "street" | "staff";
                            from: string;
                            to: string;
                            weightsVersion: number;
                            rows: {
                                subject: {
                                    /** @description supervisor, department, street or staff */
                                    kind: "supervisor" | "department" | "street" | "staff";
                                    id: string;
                                    code?: string;
                                    username?: string;
                                    name: string;
                                };
                                indicators: {
                                    [key: string]: {
                                        value: number | null;
                                        numerator: number;
                                        denominator: number | null;
                                    };
                                };
                                /** @description cases the figures rest on; below the minimum the row is not comparable */
                                sample: number;
                                score: number | null;
                                grade: string | null;
                                rank: number | null;
                                comparable: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/grassroots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 基层解决率 over time: per month (or week), for the district and each street */
        get: {
            parameters: {
                query?: {
                    /** @description local date YYYY-MM-DD */
                    from?: string;
                    /** @description local date YYYY-MM-DD */
                    to?: string;
                    /** @description street code */
                    street?: string;
                    by?: "month" | "week";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from: string;
                            to: string;
                            by: string;
                            series: {
                                /** @description null: the whole district */
                                street: string | null;
                                name: string;
                                points: {
                                    label: string;
                                    from: string;
                                    to: string;
                                    value: number | null;
                                    numerator: number;
                                    denominator: number | null;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The indicator table as XLSX with Chinese headers, scoped as GET /indicators */
        get: {
            parameters: {
                query: {
                    /** @description supervisor, department, street or staff */
                    subject: "supervisor" | "department" | "street" | "staff";
                    /** @description local date YYYY-MM-DD */
                    from?: string;
                    /** @description local date YYYY-MM-DD */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The indicator table as CSV with Chinese headers, scoped as GET /indicators */
        get: {
            parameters: {
                query: {
                    /** @description supervisor, department, street or staff */
                    subject: "supervisor" | "department" | "street" | "staff";
                    /** @description local date YYYY-MM-DD */
                    from?: string;
                    /** @description local date YYYY-MM-DD */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Assessment runs, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                periodKind: "month" | "quarter" | "year" | "custom";
                                from: string;
                                to: string;
                                weightsVersion: number;
                                createdBy: string;
                                createdAt: number;
                                supersededBy: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Run and freeze the assessment of a period (leader); supersedes an earlier run of the same period */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        periodKind: "month" | "quarter" | "year" | "custom";
                        /** @description local date YYYY-MM-DD */
                        from: string;
                        /** @description local date YYYY-MM-DD */
                        to: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            periodKind: "month" | "quarter" | "year" | "custom";
                            from: string;
                            to: string;
                            weightsVersion: number;
                            createdBy: string;
                            createdAt: number;
                            supersededBy: string | null;
                        } & {
                            definitions: {
                                definitionsVersion: number;
                                weightsVersion: number;
                                weights: {
                                    [key: string]: {
                                        [key: string]: number;
                                    };
                                };
                                gradeBands: {
                                    A: number;
                                    B: number;
                                    C: number;
                                    D: number;
                                };
                                minSample: number;
                                falseCheckDeduction: number;
                                timeZone: string;
                                rounding: string;
                                computedAt: number;
                                doc: string;
                            };
                            results: {
                                supervisor: {
                                    subject: {
                                        /** @description supervisor, department, street or staff */
                                        kind: "supervisor" | "department" | "street" | "staff";
                                        id: string;
                                        code?: string;
                                        username?: string;
                                        name: string;
                                    };
                                    indicators: {
                                        [key: string]: {
                                            value: number | null;
                                            numerator: number;
                                            denominator: number | null;
                                        };
                                    };
                                    /** @description cases the figures rest on; below the minimum the row is not comparable */
                                    sample: number;
                                    score: number | null;
                                    grade: string | null;
                                    rank: number | null;
                                    comparable: boolean;
                                }[];
                                department: {
                                    subject: {
                                        /** @description supervisor, department, street or staff */
                                        kind: "supervisor" | "department" | "street" | "staff";
                                        id: string;
                                        code?: string;
                                        username?: string;
                                        name: string;
                                    };
                                    indicators: {
                                        [key: string]: {
                                            value: number | null;
                                            numerator: number;
                                            denominator: number | null;
                                        };
                                    };
                                    /** @description cases the figures rest on; below the minimum the row is not comparable */
                                    sample: number;
                                    score: number | null;
                                    grade: string | null;
                                    rank: number | null;
                                    comparable: boolean;
                                }[];
                                street: {
                                    subject: {
                                        /** @description supervisor, department, street or staff */
                                        kind: "supervisor" | "department" | "street" | "staff";
                                        id: string;
                                        code?: string;
                                        username?: string;
                                        name: string;
                                    };
                                    indicators: {
                                        [key: string]: {
                                            value: number | null;
                                            numerator: number;
                                            denominator: number | null;
                                        };
                                    };
                                    /** @description cases the figures rest on; below the minimum the row is not comparable */
                                    sample: number;
                                    score: number | null;
                                    grade: string | null;
                                    rank: number | null;
                                    comparable: boolean;
                                }[];
                                staff: {
                                    subject: {
                                        /** @description supervisor, department, street or staff */
                                        kind: "supervisor" | "department" | "street" | "staff";
                                        id: string;
                                        code?: string;
                                        username?: string;
                                        name: string;
                                    };
                                    indicators: {
                                        [key: string]: {
                                            value: number | null;
                                            numerator: number;
                                            denominator: number | null;
                                        };
                                    };
                                    /** @description cases the figures rest on; below the minimum the row is not comparable */
                                    sample: number;
                                    score: number | null;
                                    grade: string | null;
                                    rank: number | null;
                                    comparable: boolean;
                                }[];
                            };
                            acks: {
                                runId: string;
                                /** @description supervisor, department, street or staff */
                                subjectKind: "supervisor" | "department" | "street" | "staff";
                                subjectId: string;
                                userId: string;
                                at: number;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One frozen run; a sub-center or department sees its own rows and rank */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            periodKind: "month" | "quarter" | "year" | "custom";
                            from: string;
                            to: string;
                            weightsVersion: number;
                            createdBy: string;
                            createdAt: number;
                            supersededBy: string | null;
                        } & {
                            definitions: {
                                definitionsVersion: number;
                                weightsVersion: number;
                                weights: {
                                    [key: string]: {
                                        [key: string]: number;
                                    };
                                };
                                gradeBands: {
                                    A: number;
                                    B: number;
                                    C: number;
                                    D: number;
                                };
                                minSample: number;
                                falseCheckDeduction: number;
                                timeZone: string;
                                rounding: string;
                                computedAt: number;
                                doc: string;
                            };
                            results: {
                                supervisor: {
                                    subject: {
                                        /** @description supervisor, department, street or staff */
                                        kind: "supervisor" | "department" | "street" | "staff";
                                        id: string;
                                        code?: string;
                                        username?: string;
                                        name: string;
                                    };
                                    indicators: {
                                        [key: string]: {
                                            value: number | null;
                                            numerator: number;
                                            denominator: number | null;
                                        };
                                    };
                                    /** @description cases the figures rest on; below the minimum the row is not comparable */
                                    sample: number;
                                    score: number | null;
                                    grade: string | null;
                                    rank: number | null;
                                    comparable: boolean;
                                }[];
                                department: {
                                    subject: {
                                        /** @description supervisor, department, street or staff */
                                        kind: "supervisor" | "department" | "street" | "staff";
                                        id: string;
                                        code?: string;
                                        username?: string;
                                        name: string;
                                    };
                                    indicators: {
                                        [key: string]: {
                                            value: number | null;
                                            numerator: number;
                                            denominator: number | null;
                                        };
                                    };
                                    /** @description cases the figures rest on; below the minimum the row is not comparable */
                                    sample: number;
                                    score: number | null;
                                    grade: string | null;
                                    rank: number | null;
                                    comparable: boolean;
                                }[];
                                street: {
                                    subject: {
                                        /** @description supervisor, department, street or staff */
                                        kind: "supervisor" | "department" | "street" | "staff";
                                        id: string;
                                        code?: string;
                                        username?: string;
                                        name: string;
                                    };
                                    indicators: {
                                        [key: string]: {
                                            value: number | null;
                                            numerator: number;
                                            denominator: number | null;
                                        };
                                    };
                                    /** @description cases the figures rest on; below the minimum the row is not comparable */
                                    sample: number;
                                    score: number | null;
                                    grade: string | null;
                                    rank: number | null;
                                    comparable: boolean;
                                }[];
                                staff: {
                                    subject: {
                                        /** @description supervisor, department, street or staff */
                                        kind: "supervisor" | "department" | "street" | "staff";
                                        id: string;
                                        code?: string;
                                        username?: string;
                                        name: string;
                                    };
                                    indicators: {
                                        [key: string]: {
                                            value: number | null;
                                            numerator: number;
                                            denominator: number | null;
                                        };
                                    };
                                    /** @description cases the figures rest on; below the minimum the row is not comparable */
                                    sample: number;
                                    score: number | null;
                                    grade: string | null;
                                    rank: number | null;
                                    comparable: boolean;
                                }[];
                            };
                            acks: {
                                runId: string;
                                /** @description supervisor, department, street or staff */
                                subjectKind: "supervisor" | "department" | "street" | "staff";
                                subjectId: string;
                                userId: string;
                                at: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments/{id}/ack": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The sub-center or department acknowledges its row of the run */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description supervisor, department, street or staff */
                        subjectKind?: "supervisor" | "department" | "street" | "staff";
                        subjectId?: string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            runId: string;
                            /** @description supervisor, department, street or staff */
                            subjectKind: "supervisor" | "department" | "street" | "staff";
                            subjectId: string;
                            userId: string;
                            at: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments/{id}/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A frozen run as XLSX with Chinese headers (one subject kind, or all) */
        get: {
            parameters: {
                query?: {
                    /** @description supervisor, department, street or staff */
                    subject?: "supervisor" | "department" | "street" | "staff";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments/{id}/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A frozen run as CSV with Chinese headers (one subject kind, or all) */
        get: {
            parameters: {
                query?: {
                    /** @description supervisor, department, street or staff */
                    subject?: "supervisor" | "department" | "street" | "staff";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment-weights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The composite weights and grade bands in force */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 0: the built-in defaults */
                            version: number;
                            weights: {
                                [key: string]: {
                                    [key: string]: number;
                                };
                            };
                            gradeBands: {
                                A: number;
                                B: number;
                                C: number;
                                D: number;
                            };
                            createdBy: string | null;
                            createdAt: number | null;
                        };
                    };
                };
            };
        };
        /** Save weights and grade bands as a new version (administrator) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        weights: {
                            [key: string]: {
                                [key: string]: number;
                            };
                        };
                        gradeBands: {
                            A: number;
                            B: number;
                            C: number;
                            D: number;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 0: the built-in defaults */
                            version: number;
                            weights: {
                                [key: string]: {
                                    [key: string]: number;
                                };
                            };
                            gradeBands: {
                                A: number;
                                B: number;
                                C: number;
                                D: number;
                            };
                            createdBy: string | null;
                            createdAt: number | null;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 督查 runs, newest first, with their progress (auditor, leader) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["def-4"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** 督查: sample a period's closed cases by lead department from a seed (auditor, leader) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description local date YYYY-MM-DD */
                        from: string;
                        /** @description local date YYYY-MM-DD */
                        to: string;
                        /** @description share of each lead department's closed cases sampled, ceil(rate × n) */
                        rate: number;
                        /** @description the random seed; left out, one is derived and stored */
                        seed?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-4"] & {
                            samples: components["schemas"]["def-5"][];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audits/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 稽查 findings: cases auditors reported, with the grid's supervisor then (漏报) */
        get: {
            parameters: {
                query: {
                    /** @description local date YYYY-MM-DD */
                    from: string;
                    /** @description local date YYYY-MM-DD */
                    to: string;
                    /** @description street code */
                    street?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["def-6"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audits/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A 督查 run with its samples (auditor, leader) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-4"] & {
                            samples: components["schemas"]["def-5"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audits/{id}/samples/{sampleId}/recheck": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the on-site re-check of a sample; failed opens a linked case (auditor) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    sampleId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        /** @enum {unknown} */
                        result: "passed" | "failed";
                        /** @description required when failed */
                        note?: string;
                        attachmentIds?: string[];
                        /** @description the follow-up case's item when failed (default: the original case's) */
                        itemCode?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            runId: string;
                            caseId: string;
                            caseNo: string;
                            itemCode: string;
                            description: string;
                            address: string | null;
                            gridCode: string;
                            streetCode: string;
                            closedAt: number | null;
                            departmentId: string | null;
                            departmentName: string | null;
                            result: ("passed" | "failed") | null;
                            note: string | null;
                            attachmentIds: string[];
                            auditorId: string | null;
                            auditorName: string | null;
                            checkedAt: number | null;
                            followUpCaseId: string | null;
                            followUpCaseNo: string | null;
                            version: number;
                            /** @description recheck: this user may re-check the sample now */
                            abilities: "recheck"[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Dashboard of the actor’s scope over local dates from–to: today’s figures, counts by category, item, street, department and month, on-time and grassroots shares, hot spots, rankings (docs/dashboards.md) */
        get: {
            parameters: {
                query?: {
                    /** @description first local date; default: the 1st of to’s month */
                    from?: string;
                    /** @description last local date; default: today */
                    to?: string;
                    /** @description street code */
                    street?: string;
                    /** @description department code, e.g. hbj */
                    department?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from: string;
                            to: string;
                            /** @description the period is [startAt, endAt) in epoch ms */
                            startAt: number;
                            endAt: number;
                            timeZone: string;
                            scope: {
                                /** @enum {unknown} */
                                kind: "district" | "street" | "department";
                                street: {
                                    code: string;
                                    name: string;
                                } | null;
                                department: {
                                    id: string;
                                    code: string;
                                    name: string;
                                } | null;
                            };
                            /** @description now, whatever the period: reported today, open now, overdue now, closed today */
                            today: {
                                date: string;
                                new: number;
                                open: number;
                                overdue: number;
                                closedToday: number;
                            };
                            totals: {
                                reported: number;
                                closed: number;
                                /** @description of the cases reported in the period, closed by now */
                                reportedClosed: number;
                                /** @description part / whole, 0–1; null when whole is 0 */
                                closeRate: number | null;
                                /** @description closed in the period with an evaluation */
                                evaluated: number;
                                onTime: number;
                                /** @description part / whole, 0–1; null when whole is 0 */
                                onTimeRate: number | null;
                                grassroots: number;
                                /** @description part / whole, 0–1; null when whole is 0 */
                                grassrootsRate: number | null;
                            };
                            byCategory: {
                                code: string;
                                name: string;
                                count: number;
                            }[];
                            /** @description the 10 most reported problem types */
                            byItem: {
                                code: string;
                                name: string;
                                categoryCode: string;
                                count: number;
                            }[];
                            byStreet: {
                                code: string;
                                name: string;
                                reported: number;
                                closed: number;
                            }[];
                            byDepartment: {
                                id: string;
                                code: string;
                                name: string;
                                /** @description reported in the period, led by the department (now) */
                                reported: number;
                                /** @description closed in the period, led by the department */
                                closed: number;
                            }[];
                            byMonth: {
                                /** @description YYYY-MM (business time zone) */
                                month: string;
                                reported: number;
                                closed: number;
                            }[];
                            onTimeByMonth: {
                                /** @description YYYY-MM (business time zone) */
                                month: string;
                                evaluated: number;
                                onTime: number;
                                /** @description part / whole, 0–1; null when whole is 0 */
                                share: number | null;
                            }[];
                            grassrootsByMonth: {
                                /** @description YYYY-MM (business time zone) */
                                month: string;
                                closed: number;
                                grassroots: number;
                                /** @description part / whole, 0–1; null when whole is 0 */
                                share: number | null;
                            }[];
                            /** @description the 10 grids with the most cases reported in the period */
                            hotSpots: {
                                gridCode: string;
                                gridName: string;
                                streetCode: string;
                                communityCode: string;
                                count: number;
                                center: {
                                    lng: number;
                                    lat: number;
                                } | null;
                            }[];
                            rankings: {
                                /** @description by close rate, highest first; streets with nothing reported last */
                                streets: {
                                    rank: number;
                                    code: string;
                                    name: string;
                                    reported: number;
                                    /** @description of those reported, closed by now */
                                    closed: number;
                                    /** @description part / whole, 0–1; null when whole is 0 */
                                    closeRate: number | null;
                                }[];
                                /** @description by on-time handling rate, highest first; departments with nothing judged last */
                                departments: {
                                    rank: number;
                                    id: string;
                                    code: string;
                                    name: string;
                                    /** @description closed in the period with a judged handling step */
                                    handled: number;
                                    onTime: number;
                                    /** @description part / whole, 0–1; null when whole is 0 */
                                    onTimeRate: number | null;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/map/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The case map’s points: cases the user may see reported from–to, newest first, capped */
        get: {
            parameters: {
                query?: {
                    /** @description reported on or after; default: 30 days before to */
                    from?: string;
                    /** @description reported on or before; default: today */
                    to?: string;
                    /** @description comma-separated statuses */
                    status?: string;
                    /** @description taxonomy category code */
                    category?: string;
                    /** @description taxonomy item code */
                    item?: string;
                    /** @description only open cases past their step’s deadline now */
                    overdue?: boolean;
                    /** @description street code */
                    street?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from: string;
                            to: string;
                            /** @description newest first */
                            items: {
                                id: string;
                                caseNo: string;
                                lng: number;
                                lat: number;
                                /** @enum {unknown} */
                                status: "pending_verification" | "reported" | "filed" | "dispatched" | "suspended" | "pending_check" | "pending_close" | "closed" | "rejected" | "voided";
                                itemCode: string;
                                gridCode: string;
                                light: ("green" | "yellow" | "red") | null;
                                overdue: boolean;
                                createdAt: number;
                            }[];
                            /** @description more cases matched than `limit`: only the newest are listed */
                            capped: boolean;
                            limit: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/map/grid-heat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cases per grid (the map’s heat layer), same filters and scope as the map’s points */
        get: {
            parameters: {
                query?: {
                    /** @description reported on or after; default: 30 days before to */
                    from?: string;
                    /** @description reported on or before; default: today */
                    to?: string;
                    /** @description comma-separated statuses */
                    status?: string;
                    /** @description taxonomy category code */
                    category?: string;
                    /** @description taxonomy item code */
                    item?: string;
                    /** @description only open cases past their step’s deadline now */
                    overdue?: boolean;
                    /** @description street code */
                    street?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from: string;
                            to: string;
                            max: number;
                            /** @description grids with at least one case, most first */
                            grids: {
                                code: string;
                                count: number;
                                /** @description a grid this user is the responsible supervisor of */
                                mine: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The case list as XLSX with Chinese headers: the list’s filters and scope, at most 50,000 cases */
        get: {
            parameters: {
                query?: {
                    /** @description comma-separated statuses */
                    status?: string;
                    /** @description street code */
                    street?: string;
                    grid?: string;
                    item?: string;
                    overdue?: boolean;
                    supervised?: boolean;
                    /** @description only the grids this user is responsible for */
                    mine?: boolean;
                    /** @description only the cases this user reported */
                    reportedByMe?: boolean;
                    q?: string;
                    sort?: "newest" | "deadline";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The case list as CSV with Chinese headers: the list’s filters and scope, at most 50,000 cases */
        get: {
            parameters: {
                query?: {
                    /** @description comma-separated statuses */
                    status?: string;
                    /** @description street code */
                    street?: string;
                    grid?: string;
                    item?: string;
                    overdue?: boolean;
                    supervised?: boolean;
                    /** @description only the grids this user is responsible for */
                    mine?: boolean;
                    /** @description only the cases this user reported */
                    reportedByMe?: boolean;
                    q?: string;
                    sort?: "newest" | "deadline";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/sheet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 案件处理单: a case with every name resolved and its timeline, for printing */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            caseNo: string;
                            /** @enum {unknown} */
                            status: "pending_verification" | "reported" | "filed" | "dispatched" | "suspended" | "pending_check" | "pending_close" | "closed" | "rejected" | "voided";
                            statusName: string;
                            channel: string;
                            category: {
                                code: string;
                                name: string;
                            };
                            item: {
                                code: string;
                                name: string;
                            };
                            /** @enum {unknown} */
                            urgency: "normal" | "urgent" | "critical";
                            urgencyName: string;
                            /** @enum {unknown} */
                            level: "grid" | "street" | "district";
                            levelName: string;
                            description: string;
                            location: {
                                lng: number;
                                lat: number;
                            };
                            address: string | null;
                            street: {
                                code: string;
                                name: string;
                            };
                            community: {
                                code: string;
                                name: string;
                            };
                            grid: {
                                code: string;
                                name: string;
                            };
                            reporter: {
                                id: string;
                                displayName: string;
                            } | null;
                            leadDepartment: {
                                id: string;
                                code: string;
                                name: string;
                            } | null;
                            assistDepartments: {
                                id: string;
                                code: string;
                                name: string;
                            }[];
                            deadline: number | null;
                            overdue: boolean;
                            createdAt: number;
                            closedAt: number | null;
                            evaluation: {
                                allOnTime: boolean | null;
                                grassroots: boolean | null;
                                rating: number | null;
                            } | null;
                            timeline: {
                                seq: number;
                                at: number;
                                action: string;
                                actionName: string;
                                planStep: ("collect" | "file" | "dispatch" | "handle" | "feedback" | "check_close" | "evaluate" | "assess") | null;
                                planStepName: string | null;
                                actor: {
                                    id: string;
                                    displayName: string;
                                } | null;
                                fromStatus: string | null;
                                toStatus: string;
                                note: string | null;
                                photoIds: string[];
                            }[];
                            /** @description every photo of the case, in timeline order */
                            photoIds: string[];
                            printedAt: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** User */
        "def-0": {
            id: string;
            username: string;
            displayName: string;
            roles: ("supervisor" | "officer" | "intake" | "dispatcher" | "subcenter" | "handler" | "leader" | "auditor" | "admin")[];
            scope: {
                kind: "district" | "street" | "department";
                code: string;
            };
            disabled: boolean;
            phone: string | null;
            createdAt: number;
            updatedAt: number;
        };
        /** Department */
        "def-1": {
            id: string;
            code: string;
            name: string;
            nameEn: string;
            level: "district" | "street";
            streetCode?: string;
            active: boolean;
        };
        /** Case */
        "def-2": {
            id: string;
            caseNo: string;
            /** @enum {unknown} */
            status: "pending_verification" | "reported" | "filed" | "dispatched" | "suspended" | "pending_check" | "pending_close" | "closed" | "rejected" | "voided";
            channel: string;
            itemCode: string;
            /** @enum {unknown} */
            urgency: "normal" | "urgent" | "critical";
            /** @enum {unknown} */
            level: "grid" | "street" | "district";
            description: string;
            location: {
                lng: number;
                lat: number;
            };
            address: string | null;
            gridCode: string;
            communityCode: string;
            streetCode: string;
            reporterId: string | null;
            reporterContact: {
                name?: string;
                phone?: string;
            } | null;
            leadDepartmentId: string | null;
            assistDepartmentIds: string[];
            /** @description assisting departments that gave their part */
            assistDoneIds: string[];
            suggestedDepartmentId: string | null;
            /** @description the timed step now running: verify, file, dispatch, handle, check, close */
            step: ("verify" | "file" | "dispatch" | "handle" | "check" | "close") | null;
            deadline: number | null;
            light: ("green" | "yellow" | "red") | null;
            overdue: boolean;
            remainingMs: number | null;
            /** @description a date past the known calendar was involved: the weekday rule was used */
            calendarFallback: boolean;
            suspended: boolean;
            pendingRequest: {
                /** @enum {unknown} */
                kind: "extension" | "suspension";
                requestedBy: string;
                requestedAt: number;
                reason: string;
                extra?: {
                    amount: number;
                    unit: string;
                };
            } | null;
            counters: {
                returned: number;
                reworked: number;
                extended: number;
                suspended: number;
                urged: number;
            };
            supervised: boolean;
            resolvedOnSite: boolean;
            sourceId: string | null;
            duplicateOf: string | null;
            evaluation: {
                [key: string]: unknown;
            } | null;
            version: number;
            createdAt: number;
            updatedAt: number;
            closedAt: number | null;
            /** @description the actions this user may take now */
            abilities: ("verify" | "file" | "reject" | "void" | "register_source" | "dispatch" | "return" | "request_extension" | "approve_extension" | "deny_extension" | "request_suspension" | "approve_suspension" | "deny_suspension" | "resume" | "assist_feedback" | "invite_assist" | "involve_officer" | "officer_report" | "feedback" | "check" | "close" | "escalate" | "urge" | "supervise" | "comment" | "evaluate")[];
        };
        /** Consultation */
        "def-3": {
            id: string;
            askerId: string;
            askerName: string;
            question: string;
            location: {
                lng: number;
                lat: number;
            } | null;
            gridCode: string;
            streetCode: string;
            caseId: string | null;
            sourceId: string | null;
            attachmentIds: string[];
            /** @enum {unknown} */
            status: "open" | "answered";
            /** @description the first answer is due then (2 working hours) */
            replyDeadlineAt: number;
            firstReplyAt: number | null;
            /** @description the first answer came, or has still not come, after the deadline */
            overdue: boolean;
            remindedAt: number | null;
            escalatedAt: number | null;
            createdAt: number;
            /** @description reply: this user may write in the thread */
            abilities: "reply"[];
        };
        /** AuditRun */
        "def-4": {
            id: string;
            from: string;
            to: string;
            rate: number;
            seed: number;
            sampleCount: number;
            checkedCount: number;
            failedCount: number;
            createdBy: string;
            createdByName: string | null;
            createdAt: number;
        };
        /** AuditSample */
        "def-5": {
            id: string;
            runId: string;
            caseId: string;
            caseNo: string;
            itemCode: string;
            description: string;
            address: string | null;
            gridCode: string;
            streetCode: string;
            closedAt: number | null;
            departmentId: string | null;
            departmentName: string | null;
            result: ("passed" | "failed") | null;
            note: string | null;
            attachmentIds: string[];
            auditorId: string | null;
            auditorName: string | null;
            checkedAt: number | null;
            followUpCaseId: string | null;
            followUpCaseNo: string | null;
            version: number;
            /** @description recheck: this user may re-check the sample now */
            abilities: "recheck"[];
        };
        /** AuditFinding */
        "def-6": {
            caseId: string;
            caseNo: string;
            status: string;
            itemCode: string;
            description: string;
            gridCode: string;
            streetCode: string;
            reportedAt: number;
            reporterId: string | null;
            reporterName: string | null;
            supervisorId: string | null;
            supervisorName: string | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
