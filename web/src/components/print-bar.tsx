/** The bar above a printable sheet: back to where it came from, and print (hidden when printing). */
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { Link } from 'react-router-dom';

export function PrintBar(props: {
  backTo: string;
  backLabel: string;
  printLabel: string;
  /** The sheet has loaded: printing now prints it. */
  ready: boolean;
  printTestId: string;
}) {
  return (
    <Flex justify="space-between" className="eg-no-print">
      <Link to={props.backTo} className="eg-back-link">
        <ArrowLeftOutlined /> {props.backLabel}
      </Link>
      <Button
        type="primary"
        icon={<PrinterOutlined />}
        disabled={!props.ready}
        onClick={() => window.print()}
        data-testid={props.printTestId}
      >
        {props.printLabel}
      </Button>
    </Flex>
  );
}
