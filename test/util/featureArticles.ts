// Two short articles about Xi Jinping that several feature tests share (the second holds a `$$` cursor).
export const BEIJING = `Beijing, Friday, May 3, 2024
Chinese President Xi Jinping met Secretary of State Antony Blinken in Beijing on Friday.
Xi told Blinken that the two countries should be partners, not rivals.
`;
export const CALL = `May 10, 2024
President Xi spoke by phone with President Joe Biden on Tuesday, the White House said.
$$Xi urged Biden to lift the export controls.
`;
